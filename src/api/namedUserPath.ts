import Taro from '@tarojs/taro';

/**
 * The mini-program: where a download is saved under its real name (wx.env.USER_DATA_PATH), so openDocument's title
 * and a forwarded file say 整改台账-20261203.xlsx. Characters a file name cannot hold become _.
 */
export function namedUserPath(name: string): string {
  return `${Taro.env.USER_DATA_PATH}/${name.replace(/[/\\:*?"<>|\s]/g, '_')}`;
}
