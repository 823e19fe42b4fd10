/** `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a date, when it is set to a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? new Date(Number(value) * 1000) : undefined;
}
