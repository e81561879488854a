/** Saves text as a file through the browser's download, from an extension page. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started; a delay lets slow browsers begin it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
