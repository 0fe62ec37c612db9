import type { Range } from '@tiptap/core';

/** What the "[" picker shows: the text typed after "[", where it sits in the document, and where on screen. */
export interface PickerState {
  query: string;
  range: Range;
  rect: DOMRect | null;
}

/**
 * How the editor's suggestion plugin talks to the React picker: the plugin
 * reports what is typed; the picker answers the arrow keys, Enter and Escape.
 */
export interface CitationBridge {
  onChange(state: PickerState | null): void;
  onKeyDown(event: KeyboardEvent): boolean;
}
