/**
 * After CustomFunctionsMetadataPlugin has emitted functions.json from the JSDoc, derive what ships from it:
 * the final English metadata (errors allowed as inputs, help links rebased), its Russian twin functions.ru.json
 * built from the catalogue, and help.html. The logic lives in src/metadata (compiled to lib/ by `build:cli`).
 */
const { sources, Compilation } = require("webpack");

class ExcelMetadataPlugin {
  constructor({ baseUrl }) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ExcelMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ExcelMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { finalizeMetadata, localizeMetadata } = require("../lib/src/metadata/excel_metadata");
          const { renderHelpHtml } = require("../lib/src/metadata/help_pages");
          const { CATALOG } = require("../lib/src/core/catalog");
          const asset = compilation.getAsset("functions.json");
          if (!asset) {
            compilation.errors.push(new Error("functions.json was not generated"));
            return;
          }
          const english = finalizeMetadata(JSON.parse(asset.source.source().toString()), this.baseUrl);
          const russian = localizeMetadata(english, CATALOG);
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(english, null, 2)));
          compilation.emitAsset("functions.ru.json", new sources.RawSource(JSON.stringify(russian, null, 2)));
          compilation.emitAsset("help.html", new sources.RawSource(renderHelpHtml(CATALOG)));
        },
      );
    });
  }
}

module.exports = { ExcelMetadataPlugin };
