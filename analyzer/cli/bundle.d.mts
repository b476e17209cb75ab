// Types of bundle.mjs (plain JavaScript so that bin/bantin.mjs can load it before tsx).
export declare const ROOT: string;
export declare function bundlesWanted(): boolean;
export declare function bundleKey(esbuildVersion: string, root?: string): string;
export declare function bundleInputs(entry: string): Promise<string[]>;
export declare function bundle(name: string, entry: string): Promise<URL>;
