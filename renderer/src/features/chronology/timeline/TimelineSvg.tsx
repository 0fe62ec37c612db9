import { useTranslation } from 'react-i18next';
import type { Fact } from '@shared/domain/types';
import type { ClusterMark, TimelineLayout } from '@shared/chronology/timeline-layout';
import { formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';
import { displayLocale } from '../../../i18n/format-date';
import { ClusterMarkView } from './ClusterMarkView';
import { FactMarkView } from './FactMarkView';
import { AXIS_Y, LANE_HEIGHT, MARGIN, TOP } from './geometry';
import { CLUSTER_LABEL_WIDTH } from './layout-options';
import { dayOf, factAccessibleName, factTitle, statusClass } from './timeline-text';
import { tickLabel } from './tick-label';

interface Props {
  layout: TimelineLayout;
  facts: ReadonlyMap<string, Fact>;
  labelWidths: ReadonlyMap<string, number>;
  openFactId: string | null;
  expandedKey: string | null;
  onOpenFact(id: string): void;
  onExpand(cluster: ClusterMark): void;
}

/** Draws a timeline layout: the axis with its ticks, then each fact or cluster in its lane. */
export function TimelineSvg({ layout, facts, labelWidths, openFactId, expandedKey, onOpenFact, onExpand }: Props) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const width = layout.width + 2 * MARGIN;
  const height = TOP + layout.laneCount * LANE_HEIGHT + 4;
  return (
    <svg className="timeline__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('chronology.timeline.label')}>
      <defs>
        <radialGradient id="timeline-haze">
          <stop offset="0%" stopColor="#1f4e8c" stopOpacity="0.6" />
          <stop offset="100%" stopColor="#1f4e8c" stopOpacity="0" />
        </radialGradient>
        <radialGradient id="timeline-haze-disputed">
          <stop offset="0%" stopColor="#a4262c" stopOpacity="0.6" />
          <stop offset="100%" stopColor="#a4262c" stopOpacity="0" />
        </radialGradient>
        <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fbe3e4" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#a4262c" strokeWidth="3" />
        </pattern>
      </defs>
      <g transform={`translate(${MARGIN} 0)`}>
        <g className="timeline__axis" aria-hidden="true">
          <line x1={0} y1={AXIS_Y} x2={layout.width} y2={AXIS_Y} />
          {layout.ticks.values.map((ms, i) => {
            const x = layout.ticks.xs[i]!;
            return (
              <g key={ms}>
                <line className="timeline__grid" x1={x} y1={AXIS_Y} x2={x} y2={height} />
                <line x1={x} y1={AXIS_Y - 6} x2={x} y2={AXIS_Y} />
                <text x={x + 3} y={AXIS_Y - 9}>{tickLabel(ms, layout.ticks.unit, i === 0, locale)}</text>
              </g>
            );
          })}
        </g>
        {layout.marks.map((mark) => {
          if (mark.kind === 'cluster') {
            const range = { count: mark.ids.length, from: dayOf(mark.startMs, locale), to: dayOf(Math.max(mark.startMs, mark.endMs - 1), locale) };
            return (
              <ClusterMarkView key={mark.key} mark={mark} minWidth={CLUSTER_LABEL_WIDTH} isExpanded={expandedKey === mark.key}
                text={t('chronology.timeline.cluster', { count: mark.ids.length })} accessibleName={t('chronology.timeline.clusterLabel', range)}
                onExpand={() => onExpand(mark)} />
            );
          }
          const fact = facts.get(mark.id)!;
          return (
            <FactMarkView key={mark.id} mark={mark} title={factTitle(fact, t)} date={formatFuzzyDate(fact.date, locale)}
              accessibleName={factAccessibleName(fact, t, locale)} text={fact.text} statusClass={statusClass(fact)}
              labelWidth={labelWidths.get(mark.id) ?? 0} isOpen={openFactId === mark.id} onOpen={() => onOpenFact(mark.id)} />
          );
        })}
      </g>
    </svg>
  );
}
