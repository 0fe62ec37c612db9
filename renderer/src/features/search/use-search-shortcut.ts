import { useEffect } from 'react';

/** Whether the key went to a place that takes typing (a field, the argument editor). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Ctrl+K (⌘K on a Mac) anywhere, or "/" outside a text field, calls `onOpen`. */
export function useSearchShortcut(onOpen: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A screen that used the key itself (review mode's tag keys) keeps it.
      if (event.defaultPrevented) return;
      const isCtrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!isCtrlK && !isSlash) return;
      // A modal already open (a form, review legend) keeps the keyboard.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onOpen();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onOpen]);
}
