import { ApiError, clientCodes, readResponse, sessionHeaders } from './client.ts';

/**
 * Sends a multipart form with XMLHttpRequest, because fetch reports no upload progress and
 * commune officers on a slow mobile link need to see a large file moving.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(sessionHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      try {
        resolve(readResponse<T>(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error as Error);
      }
    };
    xhr.onerror = () => reject(new ApiError(0, clientCodes.network, ''));
    xhr.send(form);
  });
}
