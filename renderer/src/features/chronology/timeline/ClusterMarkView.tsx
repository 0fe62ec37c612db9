import type { ClusterMark } from '@shared/chronology/timeline-layout';
import { activateOnKey } from './FactMarkView';
import { laneY } from './geometry';

interface Props {
  mark: ClusterMark;
  text: string;
  accessibleName: string;
  minWidth: number;
  isExpanded: boolean;
  onExpand(): void;
}

/** "5 facts": facts too close to draw apart at this zoom, as one pill over their stretch of time. */
export function ClusterMarkView({ mark, text, accessibleName, minWidth, isExpanded, onExpand }: Props) {
  const { markY } = laneY(mark.lane);
  const width = Math.max(mark.x1 - mark.x0, minWidth);
  return (
    <g role="button" tabIndex={0} aria-label={accessibleName} aria-expanded={isExpanded} className="timeline__cluster"
      onClick={onExpand} onKeyDown={activateOnKey(onExpand)}>
      <title>{accessibleName}</title>
      <rect className="timeline__pill" x={mark.x0} y={markY - 10} width={width} height={20} rx={10} />
      <text x={mark.x0 + width / 2} y={markY + 4} textAnchor="middle">{text}</text>
    </g>
  );
}
