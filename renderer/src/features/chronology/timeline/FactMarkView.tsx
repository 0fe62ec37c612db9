import type { KeyboardEvent } from 'react';
import type { FactMark } from '@shared/chronology/timeline-layout';
import { laneY } from './geometry';
import { DATE_FONT, TITLE_FONT } from './label-metrics';

interface Props {
  mark: FactMark;
  title: string;
  date: string;
  accessibleName: string;
  text: string;
  statusClass: string;
  labelWidth: number;
  isOpen: boolean;
  onOpen(): void;
}

/** Opens with Enter or Space, like a button. */
export function activateOnKey(open: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); }
  };
}

/** One fact on the timeline: its mark, honest about its precision, and its label below it. */
export function FactMarkView({ mark, title, date, accessibleName, text, statusClass, labelWidth, isOpen, onOpen }: Props) {
  const { top, markY } = laneY(mark.lane);
  const left = Math.min(mark.x0, mark.labelX) - 3;
  const right = Math.max(mark.x1, mark.labelX + labelWidth) + 3;
  return (
    <g role="button" tabIndex={0} aria-label={accessibleName} aria-pressed={isOpen} className={`timeline__mark ${statusClass}`}
      onClick={onOpen} onKeyDown={activateOnKey(onOpen)}>
      <title>{text}</title>
      <rect className="timeline__hit" x={left} y={top - 4} width={right - left} height={46} rx={4} />
      <Shape mark={mark} y={markY} />
      <text className="timeline__title" x={mark.labelX} y={top + 26} style={{ font: TITLE_FONT }}>{title}</text>
      <text className="timeline__date" x={mark.labelX} y={top + 40} style={{ font: DATE_FONT }}>{date}</text>
    </g>
  );
}

function Shape({ mark, y }: { mark: FactMark; y: number }) {
  const { x, x0, x1 } = mark;
  if (mark.isBand) return <rect className="timeline__band" x={x0} y={y - 5} width={Math.max(x1 - x0, 1)} height={10} rx={2} />;
  switch (mark.shape) {
    case 'around':
      return (
        <g className="timeline__around">
          <ellipse className="timeline__haze" cx={x} cy={y} rx={(x1 - x0) / 2} ry={7} fill="url(#timeline-haze)" />
          <circle className="timeline__point" cx={x} cy={y} r={3.5} />
        </g>
      );
    case 'before':
      return (
        <g className="timeline__open">
          <line x1={x} y1={y - 7} x2={x} y2={y + 7} />
          <line x1={x} y1={y} x2={x0 + 5} y2={y} />
          <path d={`M ${x0} ${y} l 7 -5 v 10 z`} />
        </g>
      );
    case 'after':
      return (
        <g className="timeline__open">
          <line x1={x} y1={y - 7} x2={x} y2={y + 7} />
          <line x1={x} y1={y} x2={x1 - 5} y2={y} />
          <path d={`M ${x1} ${y} l -7 -5 v 10 z`} />
        </g>
      );
    default:
      return <circle className="timeline__point" cx={x} cy={y} r={5} />;
  }
}
