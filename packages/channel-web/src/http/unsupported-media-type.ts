/** A body in a content type the route does not read (HTTP 415). */
export { UnsupportedMediaTypeError } from '@aduan/spec';
