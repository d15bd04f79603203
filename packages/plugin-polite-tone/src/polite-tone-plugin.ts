import type { PluginV1 } from '@aduan/spec';
import { reviewTone, type ToneFinding, type ToneRules } from './review-tone.js';

/** Commands whose text reaches the resident. */
const OUTGOING_COMMANDS = ['respond', 'requestInfo'];

export interface PoliteToneOptions extends ToneRules {
  /** Called for every reply held back, e.g. to show the officer what to change. */
  onHeldBack?: (findings: ToneFinding[], command: string) => void;
}

/**
 * Holds back replies to residents written in a raised tone (the mayor's standing instruction:
 * never "dengan nada tinggi"). The officer gets a `plugin_rejected` error listing what to change;
 * nothing is stored or sent until the text is rewritten.
 */
export function politeTone(options: PoliteToneOptions = {}): PluginV1 {
  return {
    specificationVersion: 'v1',
    name: 'polite-tone',
    capabilities: { commands: OUTGOING_COMMANDS, mayReject: true },
    beforeCommand({ command, input }) {
      const findings = reviewTone(String(input['message'] ?? ''), options);
      if (findings.length === 0) return;
      options.onHeldBack?.(findings, command);
      return { reject: findings.map((finding) => finding.message).join(' ') };
    },
  };
}
