import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  isOpen: boolean;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal built on <dialog>: focus trap, Escape to close and the backdrop come from the browser. */
export function Dialog({ title, isOpen, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className={wide ? 'dialog dialog--wide' : 'dialog'}>
      {isOpen && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
