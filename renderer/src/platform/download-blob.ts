/** Hands a Blob to the browser as a download (the browser edition's "save"). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
