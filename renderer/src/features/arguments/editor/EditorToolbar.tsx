import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

/** Bold, italic, paragraph, numbered and bulleted lists, block quotes: what legal drafting needs, no more. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'), italic: e.isActive('italic'), ordered: e.isActive('orderedList'), bullet: e.isActive('bulletList'), quote: e.isActive('blockquote'),
    }),
  });
  const buttons = [
    { key: 'bold', label: t('arguments.editor.bold'), text: 'B', isOn: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: t('arguments.editor.italic'), text: 'I', isOn: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'ordered', label: t('arguments.editor.numbered'), text: '1.', isOn: state.ordered, run: () => editor.chain().focus().toggleOrderedList().run() },
    { key: 'bullet', label: t('arguments.editor.bulleted'), text: '•', isOn: state.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'quote', label: t('arguments.editor.quote'), text: '❝', isOn: state.quote, run: () => editor.chain().focus().toggleBlockquote().run() },
  ];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('arguments.editor.toolbar')}>
      {buttons.map((b) => (
        <button key={b.key} type="button" className={`editor-toolbar__button editor-toolbar__button--${b.key}`} aria-label={b.label} title={b.label}
          aria-pressed={b.isOn} onMouseDown={(e) => e.preventDefault()} onClick={b.run}>
          {b.text}
        </button>
      ))}
    </div>
  );
}
