export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  assets: string[];
}
export declare function measureSite(dist: string): PageWeight[];
export declare const projectRoot: string;
export declare function htmlFiles(folder: string): string[];
export declare function pagePath(dist: string, file: string): string;
