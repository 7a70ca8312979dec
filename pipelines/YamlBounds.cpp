#include "pipelines/YamlBounds.h"

#include <QCoreApplication>

#include <algorithm>

namespace gantry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::YamlBounds)
};
} // namespace

void YamlBounds::added(int index)
{
    Q_ASSERT(index == m_size.size());
    m_size.append(1);
    m_depth.append(0);
    m_complete.append(false);
}

YamlBounds::Verdict YamlBounds::alias(int index, int parent, int target)
{
    added(index);
    Verdict verdict = Verdict::Follow;
    if (target >= 0 && target < m_size.size()) {
        if (!m_complete[target])
            verdict = Verdict::Recursive;
        else if (m_depth[target] + 1 > MaxAliasDepth)
            verdict = Verdict::TooDeep;
        else if (m_expanded + m_size[target] > MaxExpandedNodes)
            verdict = Verdict::TooManyNodes;
        if (verdict == Verdict::Follow) {
            m_expanded += m_size[target];
            m_size[index] = m_size[target];
            m_depth[index] = m_depth[target] + 1;
        }
    }
    complete(index, parent);
    return verdict;
}

void YamlBounds::closed(int index, int parent)
{
    complete(index, parent);
}

void YamlBounds::complete(int index, int parent)
{
    m_complete[index] = true;
    if (parent < 0)
        return;
    // Every size is at most the file's nodes plus MaxExpandedNodes: no overflow.
    m_size[parent] += m_size[index];
    m_depth[parent] = std::max(m_depth[parent], m_depth[index]);
}

QString YamlBounds::message(Verdict verdict, const QString &name)
{
    switch (verdict) {
    case Verdict::TooManyNodes:
        return Tr::tr("alias expansion exceeds %1 nodes at \"*%2\" (Gantry's limit); the alias is not followed")
            .arg(MaxExpandedNodes)
            .arg(name);
    case Verdict::TooDeep:
        return Tr::tr("aliases nest deeper than %1 levels at \"*%2\" (Gantry's limit); the alias is not followed")
            .arg(MaxAliasDepth)
            .arg(name);
    case Verdict::Recursive:
        return Tr::tr("alias \"*%1\" is inside the node it names, so it never ends; the alias is not followed").arg(name);
    case Verdict::Follow:
        break;
    }
    return QString();
}

QString YamlBounds::rule(Verdict verdict)
{
    return verdict == Verdict::Recursive ? QStringLiteral("yaml-alias-recursive") : QStringLiteral("yaml-alias-limit");
}

} // namespace gantry
