// Puts text on the clipboard. navigator.clipboard needs a secure context and may be refused;
// the fallback is the older selection + execCommand('copy'), which still works in many of those
// cases. Resolves to false when neither worked: the share popover then shows the link to copy.
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the fallback
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  const active = doc.activeElement;
  try {
    area.select();
    // execCommand is deprecated but remains the only synchronous fallback browsers support.
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (active instanceof HTMLElement) active.focus();
  }
}
