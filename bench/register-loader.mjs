// Lets plain Node (22.18+, which strips TypeScript types) run the bench scripts against our sources,
// whose relative imports have no file extension (moduleResolution "Bundler"): a relative import without
// an extension is tried with ".ts", then "/index.ts", then as written. Used as:
//   node --experimental-transform-types --import ./bench/register-loader.mjs bench/register.ts
// (--experimental-transform-types because our classes use constructor parameter properties.)
import { registerHooks } from 'node:module';

const relative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

const hasExtension = (specifier) => /\.[cm]?[jt]sx?$|\.json$/.test(specifier);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (relative(specifier) && !hasExtension(specifier)) {
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // try the next form
        }
      }
    }
    return nextResolve(specifier, context);
  },
});
