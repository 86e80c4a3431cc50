import { storedUploadPath } from '../file-access/upload-path';
import { objectNameOf, uploadPathOfName } from './object-keys';
import type { ObjectBody, ObjectStore } from './object-store';

interface ProviderFile extends ObjectBody {
  hash: string;
  ext?: string;
  url?: string;
}

const nameOfUrl = (url: unknown) => {
  const path = storedUploadPath(url);
  return path ? objectNameOf(path) : null;
};

/**
 * Strapi's upload provider methods, on the bucket: the original and every derivative the image
 * pipeline makes arrive here one by one and go under `private/`; the stored URL is
 * `/uploads/<hash><ext>` as with the local provider. Delete (and the first half of a replace)
 * removes the object from both prefixes. Installed with the upload plugin's `provider.extend`,
 * which keeps the plugin's own size check.
 */
export function objectStorageProvider(store: ObjectStore) {
  const put = async (file: ProviderFile) => {
    const name = `${file.hash}${file.ext ?? ''}`;
    if (!objectNameOf(uploadPathOfName(name))) throw new Error(`object storage: unusable file name ${JSON.stringify(name)}`);
    await store.putPrivate(name, file);
    file.url = uploadPathOfName(name);
  };
  /** The new bytes first, then the old object if its name differs, so the file is never missing. */
  const replace = async (file: ProviderFile, oldFile: { url?: unknown }) => {
    await put(file);
    const oldName = nameOfUrl(oldFile?.url);
    if (oldName && oldName !== nameOfUrl(file.url)) await store.remove([oldName]);
  };
  return {
    upload: put,
    uploadStream: put,
    // The local provider's own replace would write to the disk: every write path is overridden.
    replace,
    replaceStream: replace,
    async delete(file: { url?: unknown }) {
      const name = nameOfUrl(file.url);
      if (name) await store.remove([name]);
    },
  };
}
