import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '@shared/domain/types';
import { formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';
import { clusterDomain, layoutTimeline, type ClusterMark, type TimeDomain } from '@shared/chronology/timeline-layout';
import { displayLocale } from '../../../i18n/format-date';
import { useUiStore } from '../../../store/ui-store';
import { ClusterPanel } from './ClusterPanel';
import { MARGIN } from './geometry';
import { labelWidth } from './label-metrics';
import { CLUSTER_LABEL_WIDTH, MAX_LANES } from './layout-options';
import { factTitle } from './timeline-text';
import { TimelineLegend } from './TimelineLegend';
import { TimelineSvg } from './TimelineSvg';
import { TimelineToolbar } from './TimelineToolbar';
import { UndatedFacts } from './UndatedFacts';
import { useElementWidth } from './use-element-width';

/** The facts drawn to scale, with zoom, clusters that expand, and the undated facts listed apart. */
export function FactTimeline({ facts }: { facts: readonly Fact[] }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const [canvasRef, canvasWidth] = useElementWidth<HTMLDivElement>();
  const [domain, setDomain] = useState<TimeDomain | null>(null);
  const [expanded, setExpanded] = useState<ClusterMark | null>(null);
  const openFactId = useUiStore((s) => s.openFactId);
  const setOpenFact = useUiStore((s) => s.setOpenFact);
  const byId = useMemo(() => new Map(facts.map((f) => [f.id, f])), [facts]);
  const labelWidths = useMemo(
    () => new Map(facts.map((f) => [f.id, labelWidth(factTitle(f, t), formatFuzzyDate(f.date, locale))])),
    [facts, t, locale],
  );
  const plotWidth = Math.max(canvasWidth - 2 * MARGIN, 200);
  const layout = useMemo(
    () => layoutTimeline(facts.map((f) => ({ id: f.id, date: f.date, labelWidth: labelWidths.get(f.id) ?? 100 })),
      { width: plotWidth, domain, maxLanes: MAX_LANES, clusterLabelWidth: CLUSTER_LABEL_WIDTH }),
    [facts, labelWidths, plotWidth, domain],
  );
  const hasDated = layout.undatedIds.length < facts.length;
  // Listed in chronology order, whatever order the layout gathered them in.
  const expandedIds = new Set(expanded?.ids ?? []);
  const expandedFacts = facts.filter((f) => expandedIds.has(f.id));
  return (
    <div className="timeline">
      {hasDated && <TimelineToolbar domain={layout.domain} isFitted={domain === null} onChange={setDomain} />}
      {hasDated && <TimelineLegend />}
      <div ref={canvasRef} className="timeline__canvas">
        {!hasDated ? <p className="muted">{t('chronology.timeline.noDated')}</p> : canvasWidth > 0 && (
          <TimelineSvg layout={layout} facts={byId} labelWidths={labelWidths} openFactId={openFactId} expandedKey={expanded?.key ?? null}
            onOpenFact={setOpenFact} onExpand={(c) => setExpanded((current) => (current?.key === c.key ? null : c))} />
        )}
      </div>
      {(layout.earlierIds.length > 0 || layout.laterIds.length > 0) && (
        <p className="muted timeline__outside">{t('chronology.timeline.outside', { earlier: layout.earlierIds.length, later: layout.laterIds.length })}</p>
      )}
      {expanded && expandedFacts.length > 0 && (
        <ClusterPanel cluster={expanded} facts={expandedFacts} onOpenFact={setOpenFact}
          onZoom={() => { setDomain(clusterDomain(expanded)); setExpanded(null); }} onClose={() => setExpanded(null)} />
      )}
      <UndatedFacts facts={layout.undatedIds.flatMap((id) => byId.get(id) ?? [])} onOpenFact={setOpenFact} />
    </div>
  );
}
