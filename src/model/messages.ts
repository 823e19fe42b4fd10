import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

export type Place = Point | Position | undefined;

/** An error: `check` fails and nothing is built. */
export function fail(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'report-press' });
  message.fatal = true;
}

/** A warning: reported, but the build goes on. */
export function warn(file: VFile, reason: string, place: Place, ruleId: string): void {
  file.message(reason, { place, ruleId, source: 'report-press' });
}

export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
