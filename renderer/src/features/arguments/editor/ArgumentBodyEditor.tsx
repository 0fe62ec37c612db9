import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalArgument, RichTextDoc } from '@shared/domain/types';
import { emptyBody } from '@shared/legal/rich-text';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { saveArgumentBody } from '../data/argument-commands';
import type { ArgumentsData } from '../use-arguments';
import type { PickerState } from './citation-bridge';
import { CitationDataContext } from './citation-data-context';
import { pickerItems, pickWithPinpoint, type PickerItem } from './citation-items';
import { CitationNode } from './citation-node';
import { CitationPicker } from './CitationPicker';
import { EditorToolbar } from './EditorToolbar';

/**
 * The argument's text: paragraphs, lists, emphasis and quotes, stored as a
 * ProseMirror document. Saved with "Save text" or when the editor loses focus.
 */
export function ArgumentBodyEditor({ argument, data, isReadOnly }: { argument: LegalArgument; data: ArgumentsData; isReadOnly: boolean }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [isDirty, setDirty] = useState(false);
  const items = useMemo(() => pickerItems(data.exhibits, data.facts, data.authorities, t('arguments.catalogue.draft')), [data, t]);
  const { shown, pinpoint } = picker ? pickWithPinpoint(items, picker.query) : { shown: [], pinpoint: null };
  // The suggestion plugin is built once; it reads the picker's latest state through this ref.
  const live = useRef({ shown, activeIndex, choose: (_: PickerItem) => {} });

  const bridge = useMemo(() => ({
    onChange: (state: PickerState | null) => { setPicker(state); setActiveIndex(0); },
    onKeyDown: (event: KeyboardEvent) => {
      const { shown: list, activeIndex: at, choose } = live.current;
      if (event.key === 'ArrowDown') { setActiveIndex(list.length ? (at + 1) % list.length : 0); return true; }
      if (event.key === 'ArrowUp') { setActiveIndex(list.length ? (at - 1 + list.length) % list.length : 0); return true; }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = list[at];
        if (item) { choose(item); return true; }
        return false;
      }
      if (event.key === 'Escape') { setPicker(null); return true; }
      return false;
    },
  }), []);

  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: false, code: false, codeBlock: false, horizontalRule: false, strike: false, link: false, underline: false }),
      CitationNode.configure({ bridge }),
    ],
    content: argument.body ?? emptyBody,
    // Our CSP forbids inline <style>; the editor's base styles are in styles.css instead.
    injectCSS: false,
    editable: !isReadOnly,
    editorProps: { attributes: { 'aria-label': t('arguments.editor.label', { heading: argument.heading }), 'aria-multiline': 'true', role: 'textbox', class: 'editor__content' } },
    onUpdate: () => setDirty(true),
    onBlur: () => void saveRef.current(),
  }, [argument.id]);

  const choose = (item: PickerItem) => {
    if (!editor || !picker) return;
    editor.chain().focus()
      .insertContentAt(picker.range, { type: 'citation', attrs: { kind: item.ref.kind, id: item.ref.id, pinpoint } })
      .insertContent(' ')
      .run();
    setPicker(null);
  };
  live.current = { shown, activeIndex, choose };

  async function save() {
    if (!editor || isReadOnly) return;
    const body = editor.getJSON() as RichTextDoc;
    const saved = await withStorageErrors(() => saveArgumentBody(db, argument.id, body));
    if (saved === undefined) return;
    setDirty(false);
    if (saved) announce(t('arguments.editor.saved', { heading: argument.heading }));
  }

  // useEditor keeps its first callbacks; they reach the current save (and editor) through this ref.
  const saveRef = useRef(save);
  saveRef.current = save;

  const host = useRef<HTMLDivElement>(null);
  const box = host.current?.getBoundingClientRect();
  const position = picker?.rect && box ? { top: picker.rect.bottom - box.top + 4, left: Math.max(0, picker.rect.left - box.left) } : null;

  if (!editor) return null;
  return (
    <CitationDataContext.Provider value={data.context}>
      <div className="editor" ref={host}>
        {!isReadOnly && <EditorToolbar editor={editor} />}
        <EditorContent editor={editor} />
        {picker && <CitationPicker items={shown} activeIndex={activeIndex} query={picker.query} pinpoint={pinpoint} position={position} onChoose={choose} />}
        {!isReadOnly && (
          <div className="editor__footer">
            <span className="muted">{t('arguments.editor.hint')}</span>
            <span className={isDirty ? 'editor__state editor__state--dirty' : 'editor__state'} aria-live="polite">
              {t(isDirty ? 'arguments.editor.unsaved' : 'arguments.editor.upToDate')}
            </span>
            <button type="button" onClick={() => void save()} disabled={!isDirty}>{t('arguments.editor.save')}</button>
          </div>
        )}
      </div>
    </CitationDataContext.Provider>
  );
}
