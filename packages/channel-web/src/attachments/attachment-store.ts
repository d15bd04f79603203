/** Where an uploaded file now lives; becomes the complaint's `AttachmentRef`. */
export interface StoredAttachment {
  /** An http(s), s3, gs, file or urn URL: the desk refuses other schemes. */
  url: string;
  contentType: string;
  name: string;
  sizeBytes: number;
}

/**
 * Keeps uploaded files out of the complaint record: aduan stores only the reference. Implement it
 * over object storage (S3, GCS) or a disk folder; see the package README.
 */
export interface AttachmentStore {
  /** Persists one uploaded file. Called only after the submission passed validation. */
  put(file: File): Promise<StoredAttachment>;
  /**
   * Removes a file stored for a submission that did not become a new complaint (a retried
   * submission, a refused intake). Optional: without it such files stay behind.
   */
  delete?(url: string): Promise<void>;
}
