// Fuzz target: the YAML syntax parser (both merge-key modes) and gitcore's YAML tree reader.
// Property: any bytes parse to a tree or to findings, within the fuzzer's time and memory limits.

#include "FuzzInput.h"
#include "gitcore/YamlTree.h"
#include "pipelines/YamlJson.h"
#include "pipelines/YamlSyntaxParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto mode : {gantry::YamlSyntaxParser::MergeKeys::Reject, gantry::YamlSyntaxParser::MergeKeys::Resolve}) {
        const gantry::YamlSyntaxTree tree = gantry::YamlSyntaxParser::parse(text, mode);
        (void)gantry::YamlJson::toJson(tree);
    }
    (void)gantry::YamlTree::parse(text);
    return 0;
}
