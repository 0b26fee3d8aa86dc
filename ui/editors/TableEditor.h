#pragma once

#include "editors/Field.h"
#include "engine/ModelEdit.h"
#include "engine/Validation.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QTableView;
class QPushButton;

namespace headroom::ui {

class Document;

// A column of a table of model parts (instance types, calls, roles, licences…).
struct Column
{
    QString header;
    QString tip;
    std::function<QVariant(engine::Model&, int row)> get;                    // the value shown and edited
    std::function<void(engine::Model&, int row, const QVariant&)> set;       // null: read-only
    std::function<QStringList(const engine::Model&)> options;                // a choice among these
    // How an option reads, in the cell and the list ("Active users: monthly growth" for the
    // path users.monthly_growth); null: as it is.
    std::function<QString(const engine::Model&, const QString&)> optionLabel;
    bool several = false;                                                    // of the options, any number
    bool check = false;                                                      // a check box
    std::optional<Display> number;                                           // a number shown so
    bool blankAllowed = false;                                               // empty means "none"
    QString path; // field under the row, for messages; kRowItself where the row is the number itself
};

// A column's path naming its row itself (a seasonality multiplier: "users.seasonality[3]").
inline const QString kRowItself = QStringLiteral(".");

// Builds the columns of a table over a list of T in the model.
template <typename T>
class TableSpec
{
public:
    explicit TableSpec(Field<std::vector<T>> list) : m_list(std::move(list)) {}

    template <typename V>
    using Member = std::function<V&(T&)>;

    TableSpec& text(const QString& header, const QString& tip, Member<std::string> member, const QString& path)
    {
        add(header, tip, path,
            [member](T& t) { return QVariant(QString::fromStdString(member(t))); },
            [member](T& t, const QVariant& v) { member(t) = v.toString().trimmed().toStdString(); });
        return *this;
    }
    // A part's id: renamed with every reference to it (ModelEdit.h); a taken or empty id is refused.
    TableSpec& id(const QString& header, const QString& tip, engine::PartKind kind, const QString& path)
    {
        text(header, tip, [](T& t) -> std::string& { return t.id; }, path);
        m_columns.back().set = [list = m_list, kind](engine::Model& m, int row, const QVariant& v) {
            const std::vector<T>* rows = list(m);
            const std::string to = v.toString().trimmed().toStdString();
            if (!rows || row >= int(rows->size()) || to.empty() || engine::hasId(m, kind, to))
                return;
            engine::renameId(m, kind, (*rows)[std::size_t(row)].id, to);
        };
        return *this;
    }
    // A list of ids, shown as "a, b, c"; blank is the empty list. Edited by ticking them in a list of
    // `options` (the model's ids of that kind, as it is), where those are given; else typed so.
    TableSpec& ids(const QString& header, const QString& tip, Member<std::vector<std::string>> member,
                   const QString& path, std::function<QStringList(const engine::Model&)> options = {})
    {
        add(
            header, tip, path,
            [member](T& t) {
                QStringList shown;
                for (const std::string& id : member(t))
                    shown << QString::fromStdString(id);
                return QVariant(joinIds(shown));
            },
            [member](T& t, const QVariant& v) {
                std::vector<std::string>& list = member(t);
                list.clear();
                for (const QString& id : splitIds(v.toString()))
                    list.push_back(id.toStdString());
            });
        m_columns.back().blankAllowed = true;
        m_columns.back().several = bool(options);
        m_columns.back().options = std::move(options);
        return *this;
    }
    TableSpec& choice(const QString& header, const QString& tip, Member<std::string> member,
                      std::function<QStringList(const engine::Model&)> options, const QString& path)
    {
        text(header, tip, member, path);
        m_columns.back().options = std::move(options);
        return *this;
    }
    // An enum chosen by its stable name (toString / fromString of the engine's names).
    template <typename E>
    TableSpec& named(const QString& header, const QString& tip, Member<E> member, std::string_view (*name)(E),
                     std::optional<E> (*parse)(std::string_view), const QStringList& options, const QString& path)
    {
        add(header, tip, path, [member, name](T& t) { return QVariant(QString::fromUtf8(name(member(t)).data())); },
            [member, parse](T& t, const QVariant& v) {
                if (const std::optional<E> value = parse(v.toString().toStdString()))
                    member(t) = *value;
            });
        m_columns.back().options = [options](const engine::Model&) { return options; };
        return *this;
    }
    TableSpec& number(const QString& header, const QString& tip, Member<double> member, const Display& shown,
                      const QString& path)
    {
        add(header, tip, path, [member, shown](T& t) { return QVariant(member(t) * shown.scale); },
            [member, shown](T& t, const QVariant& v) { member(t) = v.toDouble() / shown.scale; });
        m_columns.back().number = shown;
        return *this;
    }
    TableSpec& integer(const QString& header, const QString& tip, Member<int> member, int minimum, int maximum,
                       const QString& path)
    {
        add(header, tip, path, [member](T& t) { return QVariant(member(t)); },
            [member](T& t, const QVariant& v) { member(t) = v.toInt(); });
        m_columns.back().number = Display{1.0, 0, double(minimum), double(maximum), 1.0, {}};
        return *this;
    }
    TableSpec& flag(const QString& header, const QString& tip, Member<bool> member, const QString& path)
    {
        add(header, tip, path, [member](T& t) { return QVariant(member(t)); },
            [member](T& t, const QVariant& v) { member(t) = v.toBool(); });
        m_columns.back().check = true;
        return *this;
    }
    // A quantity: its estimate, and the low and high ends of its 90% interval (blank: certain).
    TableSpec& quantity(const QString& header, const QString& tip, Member<engine::Quantity> member,
                        const Display& shown, const QString& path)
    {
        number(header, tip, [member](T& t) -> double& { return member(t).estimate; }, shown, path);
        m_columns.back().set = [list = m_list, member, shown](engine::Model& m, int row, const QVariant& v) {
            if (std::vector<T>* rows = list(m); rows && row < int(rows->size()))
                member((*rows)[std::size_t(row)]) = withShownEstimate(member((*rows)[std::size_t(row)]),
                                                                      v.toDouble() / shown.scale, shown);
        };
        const QString intervalPath = path == kRowItself ? QStringLiteral("interval") : path + QStringLiteral(".interval");
        for (const bool low : {true, false}) {
            add(low ? QObject::tr("90% from") : QObject::tr("90% to"),
                QObject::tr("The range you are 90% sure %1 is in; leave both blank if it is certain.").arg(header),
                intervalPath,
                [member, shown, low](T& t) {
                    const auto& iv = member(t).interval90;
                    return iv ? QVariant((low ? iv->lo : iv->hi) * shown.scale) : QVariant();
                },
                [member, shown, low](T& t, const QVariant& v) {
                    engine::Quantity& q = member(t);
                    if (v.toString().trimmed().isEmpty()) {
                        q.interval90.reset();
                        return;
                    }
                    if (!q.interval90)
                        q.interval90 = engine::Interval{q.estimate, q.estimate};
                    (low ? q.interval90->lo : q.interval90->hi) = v.toDouble() / shown.scale;
                });
            m_columns.back().number = shown;
            m_columns.back().blankAllowed = true;
        }
        return *this;
    }

    std::vector<Column> columns() const { return m_columns; }
    std::function<int(engine::Model&)> count() const
    {
        return [list = m_list](engine::Model& m) {
            const std::vector<T>* rows = list(m);
            return rows ? int(rows->size()) : 0;
        };
    }

private:
    void add(const QString& header, const QString& tip, const QString& path, std::function<QVariant(T&)> get,
             std::function<void(T&, const QVariant&)> set)
    {
        Column c;
        c.header = header;
        c.tip = tip;
        c.path = path;
        c.get = [list = m_list, get](engine::Model& m, int row) {
            std::vector<T>* rows = list(m);
            return rows && row < int(rows->size()) ? get((*rows)[std::size_t(row)]) : QVariant();
        };
        c.set = [list = m_list, set](engine::Model& m, int row, const QVariant& v) {
            if (std::vector<T>* rows = list(m); rows && row < int(rows->size()))
                set((*rows)[std::size_t(row)], v);
        };
        m_columns.push_back(std::move(c));
    }

    Field<std::vector<T>> m_list;
    std::vector<Column> m_columns;
};

// The rows of a table of model parts, read from the document's model and edited through undoable
// commands. Cells whose field has a validation problem are marked, with the message as tooltip.
class PartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PartTableModel(Document* document, std::function<int(engine::Model&)> count, std::vector<Column> columns,
                   std::function<QString(engine::Model&, int row)> rowPath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    const Column& column(int c) const { return m_columns[std::size_t(c)]; }
    QStringList options(int column) const; // a choice column's options, from the model as it is
    QString optionLabel(int column, const QString& option) const; // how one of them reads
    // Reads the rows again: after the model changed, or the editor was aimed at another part.
    void refresh();

private:
    engine::Model& model() const;
    int liveRows() const;
    QString problemAt(int row, int column) const;

    Document* m_document;
    std::function<int(engine::Model&)> m_count;
    std::vector<Column> m_columns;
    std::function<QString(engine::Model&, int)> m_rowPath;
    int m_rows = 0;
};

// Edits cells with the column's own widget: a spin box with its range and decimals, a choice, or
// a list to tick several ids in (IdChecklist), which drops below its cell.
class PartTableDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

// A table of parts with Add and Remove buttons; `add` appends a new part to the model, `remove`
// takes row `row` out (with whatever depends on it). Its columns fit their contents while it is
// shown; hidden (another part's editor in front), they keep their widths, so that an edit elsewhere
// does not lay out every cell of it again (45 calls on the reference model: 0.8 ms an edit).
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(Document* document, const QString& name, const QString& what, std::function<int(engine::Model&)> count,
                std::vector<Column> columns, std::function<QString(engine::Model&, int)> rowPath,
                std::function<void(engine::Model&)> add, std::function<void(engine::Model&, int)> remove,
                QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    PartTableModel* tableModel() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    Document* m_document;
    QTableView* m_view;
    PartTableModel* m_model;
};

} // namespace headroom::ui
