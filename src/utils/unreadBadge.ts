import Taro from '@tarojs/taro';

/** 我的 is the fourth tab (app.config.ts tabBar.list). */
const ME_TAB_INDEX = 3;

/** The unread 消息 count on the 我的 tab, gone at zero. Harmless where there is no tab bar to mark. */
export function showUnreadBadge(unread: number): void {
  const done = () => undefined;
  if (unread > 0) Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) }).then(done, done);
  else Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).then(done, done);
}
