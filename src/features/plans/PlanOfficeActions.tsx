import { Button, View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import { BottomSheet } from '@/components/BottomSheet';
import { PlanKindFields } from './PlanKindFields';
import type { usePlanOffice } from './usePlanOffice';
import './PlanPages.scss';

type Props = { plan: PlanSummary; office: ReturnType<typeof usePlanOffice> };

/** The office's buttons on a plan's page, and the sheet that corrects its kind and source line. */
export function PlanOfficeActions({ plan, office }: Props) {
  return (
    <View className='zg-plan-office'>
      {!plan.current && !plan.archived ? (
        <Button className='zg-button zg-button--primary zg-plan-office__button' disabled={office.busy} onClick={() => void office.makeCurrent()}>
          设为当前方案
        </Button>
      ) : null}
      <Button className='zg-button zg-button--default zg-plan-office__button' disabled={office.busy} onClick={office.startEditing}>
        修改类别与来源
      </Button>
      <Button className='zg-button zg-button--default zg-plan-office__button' disabled={office.busy} onClick={() => void office.toggleArchive()}>
        {plan.archived ? '恢复方案' : '归档方案'}
      </Button>
      <BottomSheet open={office.editing !== null} title='方案类别与反馈来源' onClose={office.stopEditing}>
        {office.editing ? (
          <View className='zg-plan-sheet'>
            <PlanKindFields kind={office.editing.kind} source={office.editing.source} onChange={office.changeEditing} />
            <Button className='zg-button zg-button--primary zg-plan-sheet__save' disabled={office.busy} onClick={() => void office.save()}>
              保存
            </Button>
          </View>
        ) : null}
      </BottomSheet>
    </View>
  );
}
