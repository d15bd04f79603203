import { InvalidConfigError, type ChannelV1 } from '@aduan/spec';

/** Fails fast at start-up when an object is not a ChannelV1. */
export function checkChannel(channel: unknown): ChannelV1 {
  const candidate = channel as Partial<ChannelV1> | null;
  const problems: { path: string; message: string }[] = [];
  if (candidate?.specificationVersion !== 'v1') {
    problems.push({
      path: 'channel.specificationVersion',
      message: `must be "v1"; got ${JSON.stringify(candidate?.specificationVersion)}`,
    });
  } else {
    if (typeof candidate.channel !== 'string' || candidate.channel === '')
      problems.push({ path: 'channel.channel', message: 'must name the channel' });
    for (const method of ['doInbound', 'doSend', 'recipientOf'] as const) {
      if (typeof candidate[method] !== 'function') problems.push({ path: `channel.${method}`, message: 'ChannelV1 method is missing' });
    }
    if (typeof candidate.capabilities?.maxTextLength !== 'number' || candidate.capabilities.maxTextLength < 1) {
      problems.push({ path: 'channel.capabilities.maxTextLength', message: 'must be a positive number' });
    }
  }
  if (problems.length > 0) throw new InvalidConfigError('channel', problems);
  return candidate as ChannelV1;
}
