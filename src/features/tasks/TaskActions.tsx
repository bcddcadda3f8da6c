import type { TaskAbilities } from '../../../core/tasks/model';
import { ActionButtons } from '@/components/ActionBar';
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

type Props = { can: TaskAbilities; onGo: (page: TaskPage, params: Record<string, string>) => void };

/** Exactly the actions the server allows this person on this item, nothing greyed out. */
export function TaskActions({ can, onGo }: Props) {
  const allowed = ACTIONS.filter((action) => can[action.ability]).map(({ ability, label, page, params }) => ({
    key: ability,
    label,
    run: () => onGo(page, params ?? {}),
  }));
  return <ActionButtons actions={allowed} />;
}
