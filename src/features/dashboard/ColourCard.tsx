import { View } from '@tarojs/components';
import type { DashboardSummaryOutput } from '../../../core/actions/dashboard';

type Props = { byColour: DashboardSummaryOutput['byColour']; onOverdue: () => void };

const TILES = [
  { colour: 'green', label: '按期推进' },
  { colour: 'yellow', label: '临近时限' },
  { colour: 'red', label: '已逾期' },
  { colour: 'none', label: '无倒计时' },
] as const;

/** 三色预警 as four counted tiles; the red one opens the overdue items. Each tile says its colour in words. */
export function ColourCard({ byColour, onOverdue }: Props) {
  return (
    <View className='zg-dash-card zg-dash-colours'>
      {TILES.map((tile) => (
        <View
          key={tile.colour}
          className={`zg-dash-colours__tile zg-dash-colours__tile--${tile.colour}`}
          hoverClass={tile.colour === 'red' ? 'zg-dash-colours__tile--active' : 'none'}
          onClick={tile.colour === 'red' ? onOverdue : undefined}
        >
          <View className='zg-dash-colours__count'>{byColour[tile.colour]}</View>
          <View className='zg-dash-colours__label'>
            <View className='zg-dash-colours__dot' />
            {tile.label}
          </View>
        </View>
      ))}
    </View>
  );
}
