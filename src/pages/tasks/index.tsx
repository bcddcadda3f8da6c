import { View } from '@tarojs/components';
import { ALL_PLANS } from '../../../core/plans/scope';
import { ErrorState } from '@/components/ErrorState';
import { ListFooter } from '@/components/ListFooter';
import { Skeleton } from '@/components/Skeleton';
import { TaskListEmpty } from '@/features/tasks/TaskListEmpty';
import { TaskListHeader } from '@/features/tasks/TaskListHeader';
import { TaskRow } from '@/features/tasks/TaskRow';
import { useMyTasks } from '@/features/tasks/useMyTasks';

export default function TasksPage() {
  const { me, list, counts, followUpCount, showHeader, filter, filtered, options, change, clear, open } = useMyTasks();
  return (
    <View>
      {showHeader ? <TaskListHeader counts={counts} followUpCount={followUpCount} filter={filter} options={options} onChange={change} /> : null}
      {!list.loaded ? (
        <Skeleton rows={6} />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : list.items.length === 0 ? (
        <TaskListEmpty
          roles={me?.member.roles}
          departmentCount={me?.departments.length}
          filtered={filtered}
          onClearFilter={clear}
          onAllPlans={options.plans.some((option) => option.value !== ALL_PLANS) ? () => change({ planId: ALL_PLANS }) : null}
        />
      ) : (
        <View>
          <View className='zg-task-list'>
            {list.items.map((task) => (
              <TaskRow key={task.id} task={task} onOpen={open} />
            ))}
          </View>
          <ListFooter loading={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />
        </View>
      )}
    </View>
  );
}
