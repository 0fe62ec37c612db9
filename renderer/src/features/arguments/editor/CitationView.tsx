import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { resolveCitation, type CitationRef } from '@shared/legal/citation';
import { citationOf } from '@shared/legal/rich-text';
import { useCitationData } from './citation-data-context';

/** A citation as the reader sees it now: "[E-0003]", "[Fact 12]", "art. 189.1 CP"; a dead one says so. */
export function CitationView({ node, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const context = useCitationData();
  const ref: CitationRef | null = citationOf({ type: node.type.name, attrs: node.attrs });
  const resolved = ref ? resolveCitation(ref, context) : null;
  const className = `citation${resolved && !resolved.isBroken ? '' : ' citation--broken'}${selected ? ' citation--selected' : ''}`;
  if (!resolved || resolved.isBroken) {
    const label = resolved?.reason === 'archived' ? t('arguments.editor.brokenArchived', { text: resolved.text }) : t('arguments.editor.brokenMissing');
    return <NodeViewWrapper as="span" className={className} title={label} aria-label={label}>{resolved?.reason === 'archived' ? resolved.text : '[?]'}</NodeViewWrapper>;
  }
  return (
    <NodeViewWrapper as="span" className={className} title={resolved.detail} data-citation-text={resolved.text}>
      {resolved.text}
    </NodeViewWrapper>
  );
}
