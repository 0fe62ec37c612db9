import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { CITATION_NODE } from '@shared/legal/rich-text';
import type { CitationBridge } from './citation-bridge';
import { CitationView } from './CitationView';

/**
 * An inline citation: stores {kind, id, pinpoint}, never the text shown, so
 * renumbering an exhibit changes every citation of it. Typing "[" opens the picker.
 */
export const CitationNode = Node.create<{ bridge: CitationBridge | null }>({
  name: CITATION_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { bridge: null };
  },
  addAttributes() {
    return {
      kind: { default: null, parseHTML: (el) => el.getAttribute('data-kind') },
      id: { default: null, parseHTML: (el) => el.getAttribute('data-id') },
      pinpoint: { default: null, parseHTML: (el) => el.getAttribute('data-pinpoint') },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { kind, id, pinpoint } = node.attrs as { kind: string; id: string; pinpoint: string | null };
    return ['span', mergeAttributes(HTMLAttributes, { 'data-citation': '', 'data-kind': kind, 'data-id': id, 'data-pinpoint': pinpoint ?? '' })];
  },
  addNodeView() {
    return ReactNodeViewRenderer(CitationView, { as: 'span' });
  },
  addProseMirrorPlugins() {
    const bridge = this.options.bridge;
    if (!bridge) return [];
    return [
      Suggestion({
        editor: this.editor,
        pluginKey: new PluginKey('citation-picker'),
        char: '[',
        allowSpaces: true,
        allowedPrefixes: null,
        items: () => [],
        render: () => ({
          onStart: (p) => bridge.onChange({ query: p.query, range: p.range, rect: p.clientRect?.() ?? null }),
          onUpdate: (p) => bridge.onChange({ query: p.query, range: p.range, rect: p.clientRect?.() ?? null }),
          onExit: () => bridge.onChange(null),
          onKeyDown: ({ event }) => bridge.onKeyDown(event),
        }),
      }),
    ];
  },
});
