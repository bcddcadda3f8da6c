import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { TaskAbilities } from '../../../core/tasks/model';
import { ActionBar } from '@/components/ActionBar';
import type { TaskPage } from './routes';

type Action = { ability: keyof TaskAbilities; label: string; page: TaskPage; params?: Record<string, string> };

/** In the order of how much they matter now: a decision someone waits for comes before one's own reporting. */
const ACTIONS: Action[] = [
  { ability: 'review', label: '审核', page: 'review', params: { step: 'review' } },
  { ability: 'signOff', label: '审定', page: 'review', params: { step: 'signoff' } },
  { ability: 'decideExtension', label: '审批延期', page: 'decideExtension' },
  { ability: 'progress', label: '报送进展', page: 'progress' },
  { ability: 'apply', label: '申请销号', page: 'closure' },
  { ability: 'assign', label: '分配责任', page: 'assign' },
  { ability: 'comment', label: '评论', page: 'comment' },
  { ability: 'requestExtension', label: '申请延期', page: 'extension' },
];

/** Room for three buttons on a 360 px phone; the rest behind 更多. */
const SHOWN = 3;

type Props = { can: TaskAbilities; onGo: (page: TaskPage, params: Record<string, string>) => void };

/** Exactly the actions the server allows this person on this item, nothing greyed out. */
export function TaskActions({ can, onGo }: Props) {
  const allowed = ACTIONS.filter((action) => can[action.ability]);
  if (allowed.length === 0) return null;
  const shown = allowed.length <= SHOWN ? allowed : allowed.slice(0, SHOWN - 1);
  const more = allowed.slice(shown.length);
  const [primary, ...secondary] = shown;
  const go = (action: Action) => onGo(action.page, action.params ?? {});
  const openMore = async () => {
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: more.map((action) => action.label) });
      const action = more[tapIndex];
      if (action) go(action);
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
      {/* WeChat puts the main action on the right. */}
      {secondary.reverse().map((action) => (
        <Button key={action.ability} className='zg-button zg-button--default' onClick={() => go(action)}>
          {action.label}
        </Button>
      ))}
      {primary ? (
        <Button className='zg-button zg-button--primary' onClick={() => go(primary)}>
          {primary.label}
        </Button>
      ) : null}
    </ActionBar>
  );
}
