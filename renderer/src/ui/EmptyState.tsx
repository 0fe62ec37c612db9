import type { ReactNode } from 'react';

interface Props {
  title: string;
  body: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}

/** A calm explanation of an empty place and what to do next. */
export function EmptyState({ title, body, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading>{title}</Heading>
      <p>{body}</p>
      {children}
    </div>
  );
}
