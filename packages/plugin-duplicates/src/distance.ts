const EARTH_RADIUS_METRES = 6_371_000;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** A point on the map, in degrees (WGS 84). */
export interface GeoPoint {
  lat: number;
  long: number;
}

/** Great-circle distance in metres (haversine); exact enough for a few kilometres inside a city. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLong = toRadians(b.long - a.long);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLong / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres per degree of latitude (and of longitude at the equator). */
export const METRES_PER_DEGREE = 111_320;
