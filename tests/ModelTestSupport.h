#pragma once

#include "engine/Validation.h"

#include <QStringList>

#include <vector>

namespace headroom::test {

// The fields named by a list of problems, for asserting which fields a check blamed.
inline QStringList fieldsOf(const std::vector<engine::Problem>& problems)
{
    QStringList fields;
    for (const engine::Problem& p : problems)
        fields << QString::fromStdString(p.field);
    return fields;
}

} // namespace headroom::test
