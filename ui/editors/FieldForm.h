#pragma once

#include "editors/Field.h"
#include "engine/ModelEdit.h"
#include "engine/Validation.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace headroom::ui {

class Document;

// A form whose rows are bound to fields of the document's model. Each row reads its field when
// the model changes, pushes an undoable edit when the user changes it, and shows under itself
// the validation messages about its field (matched by path: "components[db].scaling.usl.sigma").
// Editors are lists of rows; the form does the reading, writing, merging and messages once.
class FieldForm : public QWidget
{
    Q_OBJECT

public:
    explicit FieldForm(Document* document, QWidget* parent = nullptr);

    // The path the rows' paths are under ("components[db]"), for matching messages; and
    // whether the part exists (the form disables itself when it does not).
    void setPathPrefix(const QString& prefix) { m_prefix = prefix; }
    QString pathPrefix() const { return m_prefix; }

    void addHeading(const QString& text);
    void addNote(const QString& text);
    // Adds any widget as a row (a table, a plot); `path` matches its messages.
    void addWidget(QWidget* widget, const QString& label = {}, const QString& path = {});
    // Adds a widget across the form, its label above it: a table too wide to share its row.
    void addWideWidget(QWidget* widget, const QString& label, const QString& path = {});

    QLineEdit* addText(const QString& name, const QString& label, const QString& tip, Field<std::string> field,
                       const QString& path);
    // A text row over anything that reads and writes as text (a list of ids, say).
    QLineEdit* addTextWith(const QString& name, const QString& label, const QString& tip,
                           std::function<std::optional<QString>(engine::Model&)> get,
                           std::function<void(engine::Model&, const QString&)> set, const QString& path);
    // An id: renamed with every reference to it (ModelEdit.h); a taken or empty id is refused
    // with a message. `currentId` gives the id the editor shows; `renamed` follows a rename.
    QLineEdit* addId(const QString& name, engine::PartKind kind, std::function<QString()> currentId,
                     std::function<void(const QString&)> renamed);
    QDoubleSpinBox* addNumber(const QString& name, const QString& label, const QString& tip, Field<double> field,
                              const Display& shown, const QString& path);
    QSpinBox* addInteger(const QString& name, const QString& label, const QString& tip, Field<int> field, int minimum,
                         int maximum, const QString& suffix, const QString& path);
    // A quantity: its estimate, and a "±" button showing its 90% interval (empty: certain).
    QDoubleSpinBox* addQuantity(const QString& name, const QString& label, const QString& tip,
                                Field<engine::Quantity> field, const Display& shown, const QString& path);
    // An optional number: a check box to give it, and its value.
    QDoubleSpinBox* addOptional(const QString& name, const QString& label, const QString& tip,
                                Field<std::optional<double>> field, const Display& shown, double initial,
                                const QString& path);
    // An optional quantity: a check box to give it, and the quantity while it is given.
    QDoubleSpinBox* addOptionalQuantity(const QString& name, const QString& label, const QString& tip,
                                        Field<std::optional<engine::Quantity>> field, const Display& shown,
                                        double initial, const QString& path);
    // A check box that gives an optional part (`initial` when checked) or removes it, and with it
    // the scenarios' overrides of its fields (under `path`).
    template <typename T>
    QCheckBox* addPresence(const QString& name, const QString& label, const QString& tip,
                           Field<std::optional<T>> field, T initial, const QString& path)
    {
        auto* box = addCheck(name, label, tip, [field](engine::Model& m) -> std::optional<bool> {
            const std::optional<T>* value = field(m);
            return value ? std::optional<bool>(value->has_value()) : std::nullopt;
        });
        connectCheck(box, label, [this, field, initial, path](engine::Model& m, bool on) {
            if (std::optional<T>* value = field(m)) {
                *value = on ? std::optional<T>(initial) : std::nullopt;
                if (!on) // the scenarios' overrides of what is gone go with it
                    removeOverridesOf(m, path);
            }
        });
        return box;
    }
    QCheckBox* addFlag(const QString& name, const QString& label, const QString& tip, Field<bool> field,
                       const QString& path);
    // A choice among an enum's values.
    template <typename E>
    QComboBox* addChoice(const QString& name, const QString& label, const QString& tip, Field<E> field,
                         const std::vector<std::pair<QString, E>>& items, const QString& path)
    {
        std::vector<std::pair<QString, int>> asInts;
        for (const auto& [text, value] : items)
            asInts.emplace_back(text, int(value));
        return addIntChoice(
            name, label, tip,
            [field](engine::Model& m) -> std::optional<int> {
                const E* value = field(m);
                return value ? std::optional<int>(int(*value)) : std::nullopt;
            },
            [field](engine::Model& m, int value) {
                if (E* target = field(m))
                    *target = static_cast<E>(value);
            },
            asInts, path);
    }
    // One of the ids the model has now (components, instance types…), or none.
    QComboBox* addReference(const QString& name, const QString& label, const QString& tip,
                            Field<std::string> field, std::function<QStringList(const engine::Model&)> ids,
                            const QString& path);

    // A check box read by `get` and, once connected, written by `set`.
    QCheckBox* addCheck(const QString& name, const QString& label, const QString& tip,
                        std::function<std::optional<bool>(engine::Model&)> get);
    void connectCheck(QCheckBox* box, const QString& label, std::function<void(engine::Model&, bool)> set);

    // Shows `row` (the widget an add* function returned) only while `visible` holds.
    void showWhen(QWidget* row, std::function<bool(const engine::Model&)> visible);

    // Reads every row from the model, and shows the messages about them. A form out of sight only
    // notes that it is behind, and catches up when it is shown: an edit refreshes the editor in
    // front, not every editor of the window, while the engine runs beside it.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

    // Pushes an undoable edit of the model (ModelCommand.h).
    void editModel(const QString& text, const QString& key, const std::function<void(engine::Model&)>& change);

private:
    struct Row
    {
        QString path;                                    // full path, for messages; empty: none
        QWidget* container = nullptr;                    // the field's widgets and its message
        QLabel* label = nullptr;                         // null for rows across the form
        QLabel* message = nullptr;
        std::function<void(engine::Model&)> read;        // fills the widgets from the model
        std::function<bool(const engine::Model&)> visible;
    };
    QComboBox* addIntChoice(const QString& name, const QString& label, const QString& tip,
                            std::function<std::optional<int>(engine::Model&)> get,
                            std::function<void(engine::Model&, int)> set,
                            const std::vector<std::pair<QString, int>>& items, const QString& path);
    Row& addRow(const QString& label, QWidget* field, const QString& path);
    void addFullRow(QWidget* widget);
    QString fullPath(const QString& path) const;
    void removeOverridesOf(engine::Model& model, const QString& path) const;
    void showProblems(const std::vector<engine::Problem>& problems);

    Document* m_document;
    bool m_behind = false; // the model changed while the form was out of sight
    QGridLayout* m_layout;
    QString m_prefix;
    std::vector<Row> m_rows;
    QLabel* m_otherProblems;
};

} // namespace headroom::ui
