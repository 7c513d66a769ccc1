// Streaming a download to disk where the browser offers a save-file picker (Chromium's File
// System Access API): the user picks the file, and the worker's pieces are written into it one
// at a time, so a multi-gigabyte file never has to fit in the tab's memory.
import { DOWNLOAD_LIMITS, type DownloadEnv } from '../store/downloadPlan.ts';
import type { FileSink } from '../store/appDeps.ts';
import type { FileFormat } from '../worker/protocol.ts';
import { formatInfoById } from '../engine/index.ts';
import { downloadExtension, formatLabel } from '../store/fileName.ts';
import { pageTestSettings, scaledDown } from '../worker/testSettings.ts';

/** The part of the File System Access API used here (not in TypeScript's DOM library). */
interface SaveFilePickerOptions {
  readonly suggestedName: string;
  readonly types: readonly { readonly description: string; readonly accept: Record<string, readonly string[]> }[];
}
type ShowSaveFilePicker = (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;

function savePicker(): ShowSaveFilePicker | undefined {
  const picker: unknown = (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  return typeof picker === 'function' ? (picker as ShowSaveFilePicker).bind(window) : undefined;
}

/** What this page can do with a download, and the limits in force (test settings scale them down). */
export function downloadEnv(): DownloadEnv {
  const t = pageTestSettings();
  return {
    canStream: savePicker() !== undefined,
    limits: {
      confirmSamples: scaledDown(t.confirmSamples, DOWNLOAD_LIMITS.confirmSamples),
      streamFromBytes: scaledDown(t.streamFromBytes, DOWNLOAD_LIMITS.streamFromBytes),
      refuseFromBytes: scaledDown(t.refuseFromBytes, DOWNLOAD_LIMITS.refuseFromBytes),
    },
  };
}

/** The picker's file type: the format's media type (application/zip for a folder) and extension. */
function typeOf(format: FileFormat): SaveFilePickerOptions['types'][number] {
  const f = formatInfoById(format);
  const ext = downloadExtension(format);
  const zip = ext.endsWith('.zip');
  const mediaType = zip || f === undefined ? 'application/zip' : f.mediaType.split(';')[0] ?? f.mediaType;
  return { description: `${formatLabel(format)} ${zip ? 'folder (ZIP)' : 'file'}`, accept: { [mediaType]: [zip ? '.zip' : `.${ext}`] } };
}

/**
 * Opens the save-file picker. Must be called directly in a click handler, before any await: the
 * picker needs the click's user activation. Resolves to undefined when the user closes it.
 */
export function pickFileSink(name: string, format: FileFormat): Promise<FileSink | undefined> {
  const picker = savePicker();
  if (picker === undefined) return Promise.reject(new Error('this browser cannot save a file piece by piece'));
  return picker({ suggestedName: name, types: [typeOf(format)] }).then(
    async (handle) => {
      const writable = await handle.createWritable();
      return {
        write: (bytes) => writable.write(bytes),
        close: () => writable.close(),
        abort: () => writable.abort(),
      };
    },
    (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return undefined; // closed
      throw error;
    },
  );
}
