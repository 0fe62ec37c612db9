import { PDFDocument, type PDFRef } from 'pdf-lib';
import { canonicalJson } from '../audit/canonical-json';
import { fetchAttachment, webSha256, type FetchFile } from './attachment';
import { sha256Hex } from '../audit/sha256';
import { citationResolver } from './citations';
import { useDeflate } from './deflate';
import { embedFonts } from './fonts';
import { writeLinks } from './links';
import { writeMetadata } from './metadata';
import { labelRuns, labelsFromRuns, writePageLabels } from './numbering';
import { resolveOptions } from './options';
import { writeOutline } from './outline';
import { buildReport, outlineFromDocs } from './page-map';
import { planBundle, type BundlePlan } from './plan';
import { makePseudonymiser } from './pseudonymise';
import { buildArgument } from './sections/arguments';
import { buildAuthorities, bundleAuthorities, hasAuthorities } from './sections/authorities';
import { buildChronology } from './sections/chronology';
import { buildDivider } from './sections/divider';
import { buildExhibit, prefetchExhibit } from './sections/exhibits';
import { buildExpertReport } from './sections/experts';
import { buildCover, buildIndex } from './sections/front';
import { buildIntegrity } from './sections/integrity';
import { buildRegister } from './sections/register';
import { buildSummary } from './sections/summary';
import type { BundleInput, BundleResult, SectionId } from './snapshot';
import { resampleInJs, type ImageResampler } from './image-resample';
import { makeRoomForStamp } from './stamp-room';
import { pageGeometry, stampPage } from './stamps';
import { BuildState } from './state';
import { TextSanitizer } from './text';
import './stream-copy';
import './stream-share';

/**
 * Builds the court bundle. Pure TypeScript over pdf-lib: runs in a worker,
 * in Node and in the CLI. Layout happens in one forward pass; pages are
 * collected and inserted into the page tree once at the end (linear), then
 * links, outline, labels and stamps are written against final page objects.
 */
export async function buildBundle(input: BundleInput): Promise<BundleResult> {
  const { snapshot, signal } = input;
  const buildTime = new Date();
  if (input.options.deterministic && !input.options.bundleDate) throw new TypeError('A deterministic bundle needs options.bundleDate');
  const options = resolveOptions(input.options, buildTime);
  const identity = sha256Hex(canonicalJson({ snapshot, options }));
  signal?.throwIfAborted();

  const doc = await PDFDocument.create({ updateMetadata: false });
  useDeflate(doc.context, input.deflate);
  const fonts = await embedFonts(doc, input.fonts, identity);
  const pseudonymise = makePseudonymiser(snapshot, options.profile === 'filing');
  let labels: string[] = [];
  const warnings: BundleResult['report']['warnings'] = [];
  const text = new TextSanitizer(fonts, pseudonymise, (w) => warnings.push(w));
  const state = new BuildState(doc, fonts, text, snapshot, options, (i) => labels[i] ?? String(i + 1));
  const plan = planBundle(snapshot, options, (w) => state.warn(w));
  const sha256 = options.verifyHashes ? (input.sha256 ?? webSha256) : null;
  const fetchFile: FetchFile = (ref) => fetchAttachment(ref, input.readFile, sha256);

  // One step per page-producing unit: front pages, each section, each exhibit, report and argument.
  const total = 2 + plan.sections.length + plan.sections.reduce((n, s) => n + (s.id === 'D' || s.id === 'E' || s.id === 'F' ? s.docs.length : 0), 0);
  let done = 0;
  let lastYield = Date.now();
  const step = async (section: SectionId | 'front', label: string): Promise<void> => {
    done += 1;
    input.onProgress?.({ done, total, section, label });
    // Let the event loop run now and then, so an abort from another task (a timer, an event) can land.
    // Every 150 ms: setTimeout(0) costs ≥ 1 ms, and stopping within a sixth of a second is prompt enough.
    // (The app does not rely on it: its Cancel ends the worker, since the last phase below never yields.)
    if (Date.now() - lastYield > 150) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
    signal?.throwIfAborted();
  };

  await step('front', 'Cover page');
  buildCover(state);
  await step('front', 'Index');
  buildIndex(state, plan);
  for (const section of plan.sections) {
    await step(section.id, section.title);
    buildDivider(state, section);
    await buildSection(state, plan, section.id, fetchFile, input.resampleImage ?? resampleInJs, step);
    if (state.sectionDoc) state.endDoc(state.sectionDoc);
  }
  input.onProgress?.({ done, total, section: 'finish', label: 'Page numbers, links and bookmarks' });

  const runs = labelRuns(state.pages.map((p) => p.section), options);
  labels = labelsFromRuns(runs, state.pages.length);
  for (const draw of state.deferred) draw();
  state.finishInk();
  state.pages.forEach((p, i) => {
    // Generated pages keep a free foot by layout; merged ones are shrunk a little so the stamp covers nothing.
    const geometry = pageGeometry(p.page);
    if (!p.generated) makeRoomForStamp(p.page, geometry);
    stampPage(p.page, labels[i] ?? '', fonts.bold, geometry);
    if (i % 500 === 499) signal?.throwIfAborted();
  });
  // Inserting at the front from the last page back keeps page-tree insertion O(1) per page.
  for (let i = state.pages.length - 1; i >= 0; i--) doc.insertPage(0, state.pages[i]!.page);
  const pageRefs: PDFRef[] = state.pages.map((p) => p.page.ref);

  for (const target of writeLinks(doc, state, pageRefs)) {
    state.warn({ code: 'unknown-citation', message: `A link to "${target}" could not be resolved.` });
  }
  writeOutline(doc, pageRefs, outlineFromDocs(state, pseudonymise));
  writePageLabels(doc, runs);
  writeMetadata(doc, snapshot, options, identity, buildTime, pseudonymise, pageRefs[0]!);
  signal?.throwIfAborted();
  // objectsPerTick Infinity: no setTimeout pause every 50 objects (same bytes, much faster).
  const bytes = await doc.save({ objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false, useObjectStreams: options.objectStreams });
  return { bytes, report: buildReport(state, labels, [...state.warnings, ...warnings]) };
}

type Step = (section: SectionId | 'front', label: string) => Promise<void>;

async function buildSection(state: BuildState, plan: BundlePlan, id: SectionId, fetchFile: FetchFile, resample: ImageResampler, step: Step): Promise<void> {
  const linkify = citationResolver(state, plan);
  switch (id) {
    case 'A': return buildSummary(state);
    case 'B': if (plan.facts.length) buildChronology(state, plan); return;
    case 'C': if (plan.exhibits.length) buildRegister(state, plan); return;
    case 'D':
      {
        // Read (and hash) the next exhibit's file while this one is laid out and copied.
        let next = plan.exhibits[0] ? prefetchExhibit(plan.exhibits[0], fetchFile) : null;
        for (const [i, e] of plan.exhibits.entries()) {
          await step('D', `Exhibit ${e.exhibitNo}`);
          const fetched = await next;
          const following = plan.exhibits[i + 1];
          next = following ? prefetchExhibit(following, fetchFile) : null;
          await buildExhibit(state, e, fetched, resample);
        }
      }
      return;
    case 'E':
      for (const r of plan.reports) {
        await step('E', r.title);
        await buildExpertReport(state, r, fetchFile, linkify);
      }
      return;
    case 'F':
      for (const [i, a] of plan.arguments.entries()) {
        await step('F', a.heading);
        buildArgument(state, a, i + 1, linkify);
      }
      return;
    case 'G': if (hasAuthorities(bundleAuthorities(state, plan.arguments))) buildAuthorities(state, plan.arguments); return;
    case 'H': return buildIntegrity(state, plan);
  }
}
