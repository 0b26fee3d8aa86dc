#include "editors/FieldForm.h"

#include "document/Document.h"
#include "document/ModelCommand.h"
#include "editors/TableEditor.h"
#include "engine/ModelEdit.h"
#include "report/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

namespace {

QDoubleSpinBox* spinBox(const Display& shown, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(shown.decimals);
    box->setRange(shown.minimum, shown.maximum);
    box->setSingleStep(shown.step);
    box->setSuffix(shown.suffix);
    box->setKeyboardTracking(false); // a typed value commits on Enter or focus out: one edit, one run
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    // Sized by the form, not by the widest value the range allows: the editor pane is narrow.
    box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    box->setMinimumWidth(90);
    return box;
}

// Messages are matched to a row by path: the row's own field, or anything under it.
bool concerns(const std::string& problemField, const QString& path)
{
    const QString field = QString::fromStdString(problemField);
    return field == path || field.startsWith(path + QLatin1Char('.')) || field.startsWith(path + QLatin1Char('['));
}

} // namespace

FieldForm::FieldForm(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_layout(new QGridLayout(this)), m_otherProblems(new QLabel(this))
{
    // A grid rather than a QFormLayout: Qt 6.4's form layout writes out of bounds when rows
    // are hidden and shown as the model changes (seen under valgrind). Hidden widgets take no room.
    m_layout->setColumnStretch(1, 1);
    m_layout->setVerticalSpacing(6);
    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(QStringLiteral("color: #d04437;"));
    m_otherProblems->hide();
    addFullRow(m_otherProblems);
    connect(document, &Document::modelChanged, this, &FieldForm::refresh);
}

QString FieldForm::fullPath(const QString& path) const
{
    if (path.isEmpty() || m_prefix.isEmpty())
        return path;
    return m_prefix + QLatin1Char('.') + path;
}

void FieldForm::removeOverridesOf(engine::Model& model, const QString& path) const
{
    engine::removeOverridesOf(model, fullPath(path).toStdString());
}

void FieldForm::addHeading(const QString& text)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
    label->setContentsMargins(0, 8, 0, 0);
    addFullRow(label);
}

void FieldForm::addFullRow(QWidget* widget)
{
    m_layout->addWidget(widget, m_layout->rowCount(), 0, 1, 2);
}

void FieldForm::addNote(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    addFullRow(label);
}

FieldForm::Row& FieldForm::addRow(const QString& label, QWidget* field, const QString& path)
{
    auto* container = new QWidget(this);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* message = new QLabel(container);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #d04437;"));
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    message->hide();
    layout->addWidget(message);
    QLabel* labelWidget = nullptr;
    if (label.isEmpty()) {
        addFullRow(container);
    } else {
        const int row = m_layout->rowCount();
        labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        labelWidget->setContentsMargins(0, 4, 0, 0); // level with the text in the field beside it
        m_layout->addWidget(labelWidget, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_layout->addWidget(container, row, 1);
    }
    m_rows.push_back(Row{path, container, labelWidget, message, {}, {}});
    return m_rows.back();
}

void FieldForm::addWidget(QWidget* widget, const QString& label, const QString& path)
{
    addRow(label, widget, path);
}

void FieldForm::addWideWidget(QWidget* widget, const QString& label, const QString& path)
{
    Row& row = addRow({}, widget, path);
    auto* above = new QLabel(label, row.container);
    above->setBuddy(widget);
    static_cast<QVBoxLayout*>(row.container->layout())->insertWidget(0, above);
}

void FieldForm::editModel(const QString& text, const QString& key, const std::function<void(engine::Model&)>& change)
{
    ui::edit(m_document, text, key, change);
}

QLineEdit* FieldForm::addText(const QString& name, const QString& label, const QString& tip, Field<std::string> field,
                              const QString& path)
{
    return addTextWith(
        name, label, tip,
        [field](engine::Model& m) -> std::optional<QString> {
            const std::string* value = field(m);
            return value ? std::optional<QString>(QString::fromStdString(*value)) : std::nullopt;
        },
        [field](engine::Model& m, const QString& text) {
            if (std::string* target = field(m))
                *target = text.toStdString();
        },
        path);
}

QLineEdit* FieldForm::addTextWith(const QString& name, const QString& label, const QString& tip,
                                  std::function<std::optional<QString>(engine::Model&)> get,
                                  std::function<void(engine::Model&, const QString&)> set, const QString& path)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(name);
    line->setToolTip(tip);
    Row& row = addRow(label, line, path);
    row.read = [line, get](engine::Model& m) {
        if (const std::optional<QString> text = get(m); text && line->text() != *text) {
            line->setText(*text);
            if (!line->hasFocus())
                line->setCursorPosition(0); // a text longer than the field shows its start, not its end
        }
    };
    connect(line, &QLineEdit::editingFinished, this, [this, line, set, label, path] {
        const QString value = line->text().trimmed();
        editModel(tr("Change %1").arg(report::inSentence(label)), fullPath(path), [&](engine::Model& m) { set(m, value); });
    });
    return line;
}

QLineEdit* FieldForm::addId(const QString& name, engine::PartKind kind, std::function<QString()> currentId,
                            std::function<void(const QString&)> renamed)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(name);
    line->setToolTip(tr("A short unique name that other parts and scenarios refer to. Renaming it renames every "
                        "reference."));
    Row& row = addRow(tr("Id"), line, QStringLiteral("id"));
    QLabel* message = row.message;
    row.read = [line, currentId](engine::Model&) {
        if (!line->hasFocus() || line->text().isEmpty())
            line->setText(currentId());
    };
    connect(line, &QLineEdit::editingFinished, this, [=, this] {
        const QString from = currentId();
        const QString to = line->text().trimmed();
        if (to == from)
            return;
        QString refusal;
        if (to.isEmpty())
            refusal = tr("An id cannot be empty.");
        else if (engine::hasId(m_document->model(), kind, to.toStdString()))
            refusal = tr("\"%1\" is already used.").arg(to);
        if (!refusal.isEmpty()) {
            message->setText(refusal);
            message->show();
            line->setText(from);
            return;
        }
        message->hide();
        renamed(to); // the editor follows its part before the model changes under it
        editModel(tr("Rename %1 to %2").arg(from, to), {}, [&](engine::Model& m) {
            engine::renameId(m, kind, from.toStdString(), to.toStdString());
        });
    });
    return line;
}

QDoubleSpinBox* FieldForm::addNumber(const QString& name, const QString& label, const QString& tip,
                                     Field<double> field, const Display& shown, const QString& path)
{
    QDoubleSpinBox* box = spinBox(shown, this);
    box->setObjectName(name);
    box->setToolTip(tip);
    Row& row = addRow(label, box, path);
    row.read = [box, field, shown](engine::Model& m) {
        if (const double* value = field(m))
            box->setValue(*value * shown.scale);
    };
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, shown, label, path](double v) {
        editModel(tr("Change %1").arg(report::inSentence(label)), fullPath(path), [&](engine::Model& m) {
            if (double* target = field(m))
                *target = v / shown.scale;
        });
    });
    return box;
}

QSpinBox* FieldForm::addInteger(const QString& name, const QString& label, const QString& tip, Field<int> field,
                                int minimum, int maximum, const QString& suffix, const QString& path)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setGroupSeparatorShown(true);
    Row& row = addRow(label, box, path);
    row.read = [box, field](engine::Model& m) {
        if (const int* value = field(m))
            box->setValue(*value);
    };
    connect(box, &QSpinBox::valueChanged, this, [this, field, label, path](int v) {
        editModel(tr("Change %1").arg(report::inSentence(label)), fullPath(path), [&](engine::Model& m) {
            if (int* target = field(m))
                *target = v;
        });
    });
    return box;
}

QDoubleSpinBox* FieldForm::addQuantity(const QString& name, const QString& label, const QString& tip,
                                       Field<engine::Quantity> field, const Display& shown, const QString& path)
{
    // The estimate and its "±" on one line; the 90% interval, when given, on the next.
    auto* field_ = new QWidget(this);
    field_->setObjectName(name + QStringLiteral("Row"));
    auto* lines = new QVBoxLayout(field_);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    lines->addLayout(first);
    lines->addLayout(second);
    QDoubleSpinBox* estimate = spinBox(shown, field_);
    estimate->setObjectName(name);
    estimate->setToolTip(tip);
    auto* uncertain = new QToolButton(field_);
    uncertain->setObjectName(name + QStringLiteral("Uncertain"));
    uncertain->setText(QStringLiteral("±"));
    uncertain->setCheckable(true);
    uncertain->setToolTip(tr("Uncertain: give the range you are 90% sure the value is in. Monte Carlo draws it "
                             "there (lognormal where positive)."));
    Display wide = shown;
    wide.minimum = std::min(shown.minimum, -shown.maximum);
    QDoubleSpinBox* low = spinBox(wide, field_);
    low->setObjectName(name + QStringLiteral("Low"));
    low->setToolTip(tr("5th percentile: 1 chance in 20 the value is below it."));
    low->setPrefix(tr("90%: "));
    QDoubleSpinBox* high = spinBox(wide, field_);
    high->setObjectName(name + QStringLiteral("High"));
    high->setToolTip(tr("95th percentile: 1 chance in 20 the value is above it."));
    high->setPrefix(tr("to "));
    first->addWidget(estimate, 1);
    first->addWidget(uncertain);
    // The range takes the ± button's width too, and the low end, whose prefix is the longer, a
    // little more: with a long label column (German) and a unit (" ops/s") the two boxes are
    // otherwise too narrow for their text.
    // No arrows on them: typed, or stepped with the keys and the wheel, the bounds keep their
    // arrows' width for the text, which German's "bis" and a unit otherwise cut ("bis 480,0 ops/").
    for (QDoubleSpinBox* bound : {low, high})
        bound->setButtonSymbols(QAbstractSpinBox::NoButtons);
    second->addWidget(low, 6);
    second->addWidget(high, 5);

    Row& row = addRow(label, field_, path);
    row.read = [=](engine::Model& m) {
        const engine::Quantity* q = field(m);
        if (!q)
            return;
        estimate->setValue(q->estimate * shown.scale);
        uncertain->setChecked(q->interval90.has_value());
        low->setVisible(q->interval90.has_value());
        high->setVisible(q->interval90.has_value());
        if (q->interval90) {
            low->setValue(q->interval90->lo * shown.scale);
            high->setValue(q->interval90->hi * shown.scale);
        }
    };
    const QString text = tr("Change %1").arg(report::inSentence(label));
    connect(estimate, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
        editModel(text, fullPath(path), [&](engine::Model& m) {
            if (engine::Quantity* q = field(m))
                *q = withShownEstimate(*q, v / shown.scale, shown);
        });
    });
    connect(uncertain, &QToolButton::toggled, this, [=, this](bool on) {
        editModel(on ? tr("Make %1 uncertain").arg(report::inSentence(label)) : tr("Make %1 certain").arg(report::inSentence(label)), {},
             [&](engine::Model& m) {
                 engine::Quantity* q = field(m);
                 if (!q)
                     return;
                 if (!on) {
                     q->interval90.reset();
                     return;
                 }
                 // A starting range: ±20% of a positive estimate, ±1 step around zero, as the boxes show it.
                 const double e = q->estimate;
                 q->interval90 = shownOutward(
                     e > 0.0 ? engine::Interval{e * 0.8, e * 1.25}
                             : engine::Interval{e - shown.step / shown.scale, e + shown.step / shown.scale},
                     shown);
             });
    });
    const auto setBound = [=, this](bool isLow, double v) {
        editModel(tr("Change the range of %1").arg(report::inSentence(label)), fullPath(path) + (isLow ? QStringLiteral(".lo") : QStringLiteral(".hi")),
             [&](engine::Model& m) {
                 engine::Quantity* q = field(m);
                 if (!q || !q->interval90)
                     return;
                 (isLow ? q->interval90->lo : q->interval90->hi) = v / shown.scale;
             });
    };
    connect(low, &QDoubleSpinBox::valueChanged, this, [=](double v) { setBound(true, v); });
    connect(high, &QDoubleSpinBox::valueChanged, this, [=](double v) { setBound(false, v); });
    return estimate;
}

QDoubleSpinBox* FieldForm::addOptional(const QString& name, const QString& label, const QString& tip,
                                       Field<std::optional<double>> field, const Display& shown, double initial,
                                       const QString& path)
{
    auto* field_ = new QWidget(this);
    auto* layout = new QHBoxLayout(field_);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* given = new QCheckBox(field_);
    given->setObjectName(name + QStringLiteral("Given"));
    given->setToolTip(tip);
    QDoubleSpinBox* box = spinBox(shown, field_);
    box->setObjectName(name);
    box->setToolTip(tip);
    layout->addWidget(given);
    layout->addWidget(box, 1);
    Row& row = addRow(label, field_, path);
    row.read = [=](engine::Model& m) {
        const std::optional<double>* value = field(m);
        if (!value)
            return;
        given->setChecked(value->has_value());
        box->setEnabled(value->has_value());
        if (*value)
            box->setValue(**value * shown.scale);
    };
    connect(given, &QCheckBox::toggled, this, [=, this](bool on) {
        editModel(on ? tr("Set %1").arg(report::inSentence(label)) : tr("Clear %1").arg(report::inSentence(label)), {}, [&](engine::Model& m) {
            if (std::optional<double>* target = field(m))
                *target = on ? std::optional<double>(initial) : std::nullopt;
        });
    });
    connect(box, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
        editModel(tr("Change %1").arg(report::inSentence(label)), fullPath(path), [&](engine::Model& m) {
            if (std::optional<double>* target = field(m))
                *target = v / shown.scale;
        });
    });
    return box;
}

QDoubleSpinBox* FieldForm::addOptionalQuantity(const QString& name, const QString& label, const QString& tip,
                                               Field<std::optional<engine::Quantity>> field, const Display& shown,
                                               double initial, const QString& path)
{
    QCheckBox* given = addPresence(name + QStringLiteral("Given"), tr("Give %1").arg(report::inSentence(label)), tip, field,
                                   engine::Quantity(initial), path);
    QDoubleSpinBox* box = addQuantity(
        name, label, tip,
        [field](engine::Model& m) -> engine::Quantity* {
            std::optional<engine::Quantity>* value = field(m);
            return value && *value ? &**value : nullptr;
        },
        shown, path);
    Q_UNUSED(given)
    showWhen(box, [field](const engine::Model& m) {
        const std::optional<engine::Quantity>* value = field(const_cast<engine::Model&>(m));
        return value && value->has_value();
    });
    return box;
}

QCheckBox* FieldForm::addCheck(const QString& name, const QString& label, const QString& tip,
                               std::function<std::optional<bool>(engine::Model&)> get)
{
    auto* box = new QCheckBox(label, this);
    box->setObjectName(name);
    box->setToolTip(tip);
    Row& row = addRow({}, box, {});
    row.read = [box, get](engine::Model& m) {
        if (const std::optional<bool> value = get(m))
            box->setChecked(*value);
    };
    return box;
}

void FieldForm::connectCheck(QCheckBox* box, const QString& label, std::function<void(engine::Model&, bool)> set)
{
    connect(box, &QCheckBox::toggled, this, [this, set, label](bool on) {
        editModel(tr("Change %1").arg(report::inSentence(label)), {}, [&](engine::Model& m) { set(m, on); });
    });
}

QCheckBox* FieldForm::addFlag(const QString& name, const QString& label, const QString& tip, Field<bool> field,
                              const QString& path)
{
    QCheckBox* box = addCheck(name, label, tip, [field](engine::Model& m) -> std::optional<bool> {
        const bool* value = field(m);
        return value ? std::optional<bool>(*value) : std::nullopt;
    });
    m_rows.back().path = path;
    connectCheck(box, label, [field](engine::Model& m, bool on) {
        if (bool* target = field(m))
            *target = on;
    });
    return box;
}

QComboBox* FieldForm::addIntChoice(const QString& name, const QString& label, const QString& tip,
                                   std::function<std::optional<int>(engine::Model&)> get,
                                   std::function<void(engine::Model&, int)> set,
                                   const std::vector<std::pair<QString, int>>& items, const QString& path)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setToolTip(tip);
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    Row& row = addRow(label, combo, path);
    row.read = [combo, get](engine::Model& m) {
        if (const std::optional<int> value = get(m))
            combo->setCurrentIndex(combo->findData(*value));
    };
    connect(combo, &QComboBox::activated, this, [this, combo, set, label](int) {
        const int value = combo->currentData().toInt();
        editModel(tr("Change %1").arg(report::inSentence(label)), {}, [&](engine::Model& m) { set(m, value); });
    });
    return combo;
}

QComboBox* FieldForm::addReference(const QString& name, const QString& label, const QString& tip,
                                   Field<std::string> field, std::function<QStringList(const engine::Model&)> ids,
                                   const QString& path)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setToolTip(tip);
    Row& row = addRow(label, combo, path);
    row.read = [combo, field, ids](engine::Model& m) {
        const std::string* value = field(m);
        if (!value)
            return;
        QStringList options = ids(m);
        const QString current = QString::fromStdString(*value);
        if (!current.isEmpty() && !options.contains(current))
            options.prepend(current); // a dangling reference stays visible, with its message
        QStringList shown;
        for (int i = 0; i < combo->count(); ++i)
            shown << combo->itemText(i);
        if (shown != options) {
            combo->clear();
            combo->addItems(options);
        }
        combo->setCurrentIndex(options.indexOf(current));
    };
    connect(combo, &QComboBox::activated, this, [this, combo, field, label](int) {
        const std::string value = combo->currentText().toStdString();
        editModel(tr("Change %1").arg(report::inSentence(label)), {}, [&](engine::Model& m) {
            if (std::string* target = field(m))
                *target = value;
        });
    });
    return combo;
}

void FieldForm::showWhen(QWidget* widget, std::function<bool(const engine::Model&)> visible)
{
    for (Row& row : m_rows)
        if (row.container == widget || row.container->isAncestorOf(widget))
            row.visible = std::move(visible);
}

void FieldForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_behind)
        refresh();
}

void FieldForm::refresh()
{
    if (!isVisible()) {
        m_behind = true;
        return;
    }
    m_behind = false;
    // Rows only read: the model is not changed through this reference.
    auto& model = const_cast<engine::Model&>(m_document->model());
    for (Row& row : m_rows) {
        if (row.read) {
            const QSignalBlocker blocker(row.container);
            const auto children = row.container->findChildren<QWidget*>();
            std::vector<std::unique_ptr<QSignalBlocker>> blockers;
            for (QWidget* child : children)
                blockers.push_back(std::make_unique<QSignalBlocker>(child));
            row.read(model);
        }
        if (row.visible) {
            const bool shown = row.visible(model);
            row.container->setVisible(shown);
            if (row.label)
                row.label->setVisible(shown);
        }
        // Tables in the form read their rows themselves; aimed at another part, they read again.
        for (PartTableModel* table : row.container->findChildren<PartTableModel*>())
            table->refresh();
    }
    showProblems(m_document->problems());
}

void FieldForm::showProblems(const std::vector<engine::Problem>& problems)
{
    QStringList unclaimed;
    for (Row& row : m_rows) {
        if (row.path.isEmpty())
            continue;
        const QString path = fullPath(row.path);
        QStringList messages;
        for (const engine::Problem& p : problems)
            if (concerns(p.field, path))
                messages << QString::fromStdString(p.message);
        row.message->setText(messages.join(QLatin1Char('\n')));
        row.message->setVisible(!messages.isEmpty());
    }
    if (!m_prefix.isEmpty()) {
        for (const engine::Problem& p : problems) {
            if (!concerns(p.field, m_prefix))
                continue;
            const bool claimed = std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& row) {
                return !row.path.isEmpty() && concerns(p.field, fullPath(row.path));
            });
            if (!claimed)
                unclaimed << QString::fromStdString(p.toString());
        }
    }
    m_otherProblems->setText(unclaimed.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!unclaimed.isEmpty());
}

} // namespace headroom::ui
