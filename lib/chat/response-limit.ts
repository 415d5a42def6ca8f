import type { Platform } from '../platforms/types';

/**
 * How soon a buyer's chat message must be answered, where a platform scores it. JD's customer-service score is
 * the 30-second response rate (jd-deposit-and-store-scores.es.txt: "La evaluación de Windvane del servicio al
 * cliente de JD.COM es principalmente una tasa de respuesta de 30 segundos"). No source gives the other platforms
 * one: there the wait is shown without a limit.
 */
export const responseLimitSeconds: Partial<Record<Platform, number>> = { jd: 30 };

/** The limit the waiting timer turns red at: the merchant's own, else the platform's, else none. */
export function responseLimitFor(platform: Platform, own?: number | null): number | null {
  return own ?? responseLimitSeconds[platform] ?? null;
}
