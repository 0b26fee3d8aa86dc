#include "editors/TableEditor.h"

#include "document/Document.h"
#include "document/ModelCommand.h"
#include "report/Format.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

constexpr int kTypedChoiceOptions = 15; // a choice of more options takes typed text to find one

// The editor of a list of ids: each id the model has (once, in the model's order), ticked if the
// list holds it; an id the list holds that the model does not (a role since removed) stays, ticked
// and marked, so that nothing is dropped without the user unticking it. The ids keep the list's
// order, those ticked anew after them: opening and closing it changes nothing.
class IdChecklist : public QListWidget
{
public:
    explicit IdChecklist(QWidget* parent) : QListWidget(parent)
    {
        setObjectName(QStringLiteral("idChecklist"));
        setAutoFillBackground(true);
        setUniformItemSizes(true);
        // The key that opened the editor (a table opens one on any key) is handed to it next: it
        // opened the list, and must not also tick the first id.
        QTimer::singleShot(0, this, [this] { m_armed = true; });
    }

    bool filled() const { return m_filled; }

    void setIds(const QStringList& options, const QString& current)
    {
        clear();
        m_held.clear();
        for (const QString& id : splitIds(current))
            if (!m_held.contains(id))
                m_held << id;
        QStringList shown;
        for (const QString& id : options)
            if (!shown.contains(id)) {
                shown << id;
                addId(id, id, m_held.contains(id));
            }
        for (const QString& id : m_held)
            if (!shown.contains(id))
                addId(id, QObject::tr("%1 (not in the model)").arg(id), true);
        setCurrentRow(0);
        m_filled = true;
    }

    // The ticked ids as the column reads them, "a, b": those the list held first, in its order.
    QString ticked() const
    {
        QStringList on;
        for (int i = 0; i < count(); ++i)
            if (item(i)->checkState() == Qt::Checked)
                on << item(i)->data(Qt::UserRole).toString();
        QStringList ids;
        for (const QString& id : m_held)
            if (on.contains(id))
                ids << id;
        for (const QString& id : on)
            if (!ids.contains(id))
                ids << id;
        return joinIds(ids);
    }

    // Tall enough for every id, up to ten, and no narrower than `width`.
    QSize fitting(int width) const
    {
        const int rows = std::clamp(count(), 1, 10);
        const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
        return {std::max(width, sizeHintForColumn(0) + 2 * frameWidth() + 24), rows * rowHeight + 2 * frameWidth()};
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (!m_armed) {
            event->accept();
            return;
        }
        QListWidget::keyPressEvent(event);
    }

private:
    void addId(const QString& id, const QString& shown, bool checked)
    {
        auto* entry = new QListWidgetItem(shown, this);
        entry->setData(Qt::UserRole, id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        entry->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    QStringList m_held;
    bool m_filled = false;
    bool m_armed = false;
};

} // namespace

PartTableModel::PartTableModel(Document* document, std::function<int(engine::Model&)> count,
                               std::vector<Column> columns, std::function<QString(engine::Model&, int)> rowPath,
                               QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_count(std::move(count)), m_columns(std::move(columns)),
      m_rowPath(std::move(rowPath))
{
    m_rows = m_count(model());
    connect(document, &Document::modelChanged, this, &PartTableModel::refresh);
    connect(document, &Document::problemsChanged, this, &PartTableModel::refresh);
}

engine::Model& PartTableModel::model() const
{
    // Only read through: edits go through commands on a copy.
    return const_cast<engine::Model&>(m_document->model());
}

QStringList PartTableModel::options(int column) const
{
    const Column& c = m_columns[std::size_t(column)];
    return c.options ? c.options(model()) : QStringList();
}

QString PartTableModel::optionLabel(int column, const QString& option) const
{
    const Column& c = m_columns[std::size_t(column)];
    return c.optionLabel ? c.optionLabel(model(), option) : option;
}

void PartTableModel::refresh()
{
    const int rows = m_count(model());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int PartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PartTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString PartTableModel::problemAt(int row, int column) const
{
    const QString& field = m_columns[std::size_t(column)].path;
    if (field.isEmpty())
        return {};
    const QString path = field == kRowItself ? m_rowPath(model(), row) : m_rowPath(model(), row) + QLatin1Char('.') + field;
    QStringList messages;
    for (const engine::Problem& p : m_document->problems()) {
        const QString f = QString::fromStdString(p.field);
        if (f == path || f.startsWith(path + QLatin1Char('.')) || f.startsWith(path + QLatin1Char('[')))
            messages << QString::fromStdString(p.message);
    }
    return messages.join(QLatin1Char('\n'));
}

// The rows both the view and the model have: between a change of the model and refresh(), a view
// may ask for a row the model no longer holds (a widget shown while the change is announced).
int PartTableModel::liveRows() const
{
    return std::min(m_rows, m_count(model()));
}

QVariant PartTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= liveRows())
        return {};
    const Column& c = m_columns[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        if (c.check)
            return {};
        const QVariant v = c.get(model(), index.row());
        if (c.number && v.isValid())
            return QLocale().toString(v.toDouble(), 'f', c.number->decimals) + c.number->suffix;
        if (c.optionLabel && v.isValid())
            return optionLabel(index.column(), v.toString());
        return v;
    }
    case Qt::EditRole:
        return c.get(model(), index.row());
    case Qt::CheckStateRole:
        return c.check ? QVariant(c.get(model(), index.row()).toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return c.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row(), index.column());
        if (!problem.isEmpty())
            return problem;
        if (c.optionLabel) // the option itself, as files and the command line name it
            return QStringLiteral("%1\n%2").arg(c.tip, c.get(model(), index.row()).toString());
        return c.tip;
    }
    case Qt::BackgroundRole:
        return problemAt(index.row(), index.column()).isEmpty() ? QVariant() : QVariant(QColor(208, 68, 55, 70));
    default:
        return {};
    }
}

QVariant PartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return m_columns[std::size_t(section)].header;
        if (role == Qt::ToolTipRole)
            return m_columns[std::size_t(section)].tip;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags PartTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Column& c = m_columns[std::size_t(index.column())];
    if (c.set)
        f |= c.check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

bool PartTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= liveRows())
        return false;
    const Column& c = m_columns[std::size_t(index.column())];
    if (!c.set)
        return false;
    QVariant v = value;
    if (role == Qt::CheckStateRole && c.check)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (c.number && !v.toString().trimmed().isEmpty()) {
        bool ok = false;
        const double number = QLocale().toDouble(v.toString(), &ok);
        const double plain = ok ? number : v.toString().toDouble(&ok);
        if (!ok)
            return false; // not a number: the cell keeps its value
        v = plain;
    }
    const int row = index.row();
    edit(m_document, tr("Change %1").arg(report::inSentence(c.header)), {},
         [&](engine::Model& m) { c.set(m, row, v); });
    return true;
}

QWidget* PartTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const PartTableModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const Column& c = model->column(index.column());
    if (c.options && c.several)
        return new IdChecklist(parent);
    if (c.options) {
        auto* combo = new QComboBox(parent);
        combo->setEditable(false);
        return combo;
    }
    if (c.number && !c.blankAllowed) {
        auto* box = new QDoubleSpinBox(parent);
        box->setDecimals(c.number->decimals);
        box->setRange(c.number->minimum, c.number->maximum);
        box->setSingleStep(c.number->step);
        box->setSuffix(c.number->suffix);
        box->setGroupSeparatorShown(true);
        return box;
    }
    return new QLineEdit(parent); // text, and interval ends, which may be left blank
}

void PartTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const PartTableModel*>(index.model());
    const QVariant value = index.data(Qt::EditRole);
    if (auto* list = dynamic_cast<IdChecklist*>(editor); list && model) {
        // Once: the view gives an open editor its data again whenever the model changes, which
        // would undo the ticks not yet kept.
        if (!list->filled())
            list->setIds(model->options(index.column()), value.toString());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && model) {
        // Once, as for the checklist: filled again, the list would repeat and lose what was typed.
        if (combo->count() > 0)
            return;
        // The options come from the model as it is now: the components there are, the types.
        QStringList options = model->options(index.column());
        const QString current = value.toString();
        if (!current.isEmpty() && !options.contains(current))
            options.prepend(current);
        QStringList labels;
        for (const QString& option : options)
            labels << model->optionLabel(index.column(), option);
        for (qsizetype i = 0; i < options.size(); ++i) // two of one name (two calls A → B) tell apart
            combo->addItem(labels.count(labels[i]) > 1 && labels[i] != options[i]
                               ? QStringLiteral("%1 (%2)").arg(labels[i], options[i])
                               : labels[i],
                           options[i]);
        combo->setCurrentIndex(options.indexOf(current));
        if (options.size() > kTypedChoiceOptions) { // a long list: type a part of a name to find it
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        }
        return;
    }
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor)) {
        box->setValue(value.toDouble());
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.isValid() && !value.isNull() && value.typeId() == QMetaType::Double
                          ? QLocale().toString(value.toDouble(), 'g', 12)
                          : value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PartTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* list = dynamic_cast<IdChecklist*>(editor)) {
        model->setData(index, list->ticked(), Qt::EditRole); // unchanged: the document pushes no edit
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        // The option whose label was picked or typed; a text that is none of them changes nothing.
        int picked = combo->currentIndex();
        if (combo->isEditable() && combo->itemText(picked) != combo->currentText())
            picked = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (picked >= 0)
            model->setData(index, combo->itemData(picked), Qt::EditRole);
        return;
    }
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor)) {
        box->interpretText();
        model->setData(index, box->value(), Qt::EditRole);
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void PartTableDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    auto* list = dynamic_cast<IdChecklist*>(editor);
    if (!list) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    if (!list->filled()) // the view places an editor before it gives it its data
        setEditorData(editor, index);
    // From the cell's top down over the rows below; moved up, or cut (it scrolls), to stay inside
    // the table's viewport.
    QRect area(option.rect.topLeft(), list->fitting(option.rect.width()));
    if (const QWidget* viewport = editor->parentWidget()) {
        const QRect room = viewport->rect();
        if (area.bottom() > room.bottom())
            area.moveBottom(room.bottom());
        if (area.top() < room.top())
            area.moveTop(room.top());
        area.setBottom(std::min(area.bottom(), room.bottom()));
        if (area.right() > room.right())
            area.moveRight(room.right());
        if (area.left() < room.left())
            area.moveLeft(room.left());
        area.setRight(std::min(area.right(), room.right())); // wider than the table: cut
    }
    list->setGeometry(area);
    list->raise();
}

TableEditor::TableEditor(Document* document, const QString& name, const QString& what,
                         std::function<int(engine::Model&)> count, std::vector<Column> columns,
                         std::function<QString(engine::Model&, int)> rowPath, std::function<void(engine::Model&)> add,
                         std::function<void(engine::Model&, int)> remove, QWidget* parent)
    : QWidget(parent), m_document(document), m_view(new QTableView(this)),
      m_model(new PartTableModel(document, std::move(count), std::move(columns), std::move(rowPath), this))
{
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PartTableDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive); // until shown
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setMinimumHeight(160);

    auto* addButton = new QPushButton(tr("Add %1").arg(what), this);
    addButton->setObjectName(name + QStringLiteral("Add"));
    auto* removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName(name + QStringLiteral("Remove"));
    removeButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    addButton->setVisible(bool(add)); // a fixed list (twelve months) has neither
    removeButton->setVisible(bool(remove));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(addButton, &QPushButton::clicked, this, [this, add, what] {
        edit(m_document, tr("Add %1").arg(what), {}, add);
        const int last = m_model->rowCount() - 1;
        if (last >= 0)
            m_view->selectRow(last);
    });
    connect(removeButton, &QPushButton::clicked, this, [this, remove, what] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const int row = rows.first().row();
        edit(m_document, tr("Remove %1").arg(what), {}, [&](engine::Model& m) { remove(m, row); });
    });
    const auto updateButtons = [this, removeButton] {
        removeButton->setEnabled(m_view->selectionModel()->hasSelection());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
}

void TableEditor::showEvent(QShowEvent* event)
{
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QWidget::showEvent(event);
}

void TableEditor::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace headroom::ui
