import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import './index.scss';

/**
 * Buttons fixed to the bottom of the screen, above the home indicator. The page keeps a spacer of the same
 * height at its end (ActionBarSpacer) so nothing hides behind the bar.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return <View className='zg-action-bar'>{children}</View>;
}

export function ActionBarSpacer() {
  return <View className='zg-action-bar-spacer' />;
}

export type BarAction = { key: string; label: string; run: () => void };

/** Room for three buttons on a 360 px phone; the rest behind 更多. */
const SHOWN = 3;

/**
 * The actions of a record in the bar, the first (what matters most now) as the primary button on the right, WeChat's
 * place for it; beyond three, the rest in an action sheet behind 更多. `busy`: the key of an action under way, which
 * spins while every button waits.
 */
export function ActionButtons({ actions, busy = null }: { actions: BarAction[]; busy?: string | null }) {
  if (actions.length === 0) return null;
  const shown = actions.length <= SHOWN ? actions : actions.slice(0, SHOWN - 1);
  const more = actions.slice(shown.length);
  const [primary, ...secondary] = shown;
  const openMore = async () => {
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: more.map((action) => action.label) });
      more[tapIndex]?.run();
    } catch {
      // Cancelled.
    }
  };
  return (
    <ActionBar>
      {more.length > 0 ? (
        <Button className='zg-button zg-button--more' onClick={() => void openMore()}>
          更多
        </Button>
      ) : null}
      {secondary.reverse().map((action) => (
        <Button key={action.key} className='zg-button zg-button--default' loading={busy === action.key} disabled={busy !== null} onClick={action.run}>
          {action.label}
        </Button>
      ))}
      {primary ? (
        <Button className='zg-button zg-button--primary' loading={busy === primary.key} disabled={busy !== null} onClick={primary.run}>
          {primary.label}
        </Button>
      ) : null}
    </ActionBar>
  );
}
