#include "widgets/CommitComposer.h"
#include "widgets/PopupWidth.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>

using namespace gantry;

/// List popups open as wide as their widest entry: the composer's type list (whose delegate
/// draws each type with its description), a plain combo box narrower than its items, and a
/// completer's suggestions under a short line edit — each checked on the shown popup's width
/// against what its entries need.
class TestPopupWidth : public QObject
{
    Q_OBJECT

    /// The shown popup window of `combo`.
    static QWidget *popupOf(QComboBox *combo) { return combo->view()->window(); }

    /// Every entry fits: the list's viewport is as wide as the widest entry.
    static bool entriesFit(QAbstractItemView *view)
    {
        return view->viewport()->width() >= view->sizeHintForColumn(0);
    }

private Q_SLOTS:
    void initTestCase() { PopupWidth::install(); }

    void composerTypesShowWhole()
    {
        CommitComposer composer;
        composer.resize(300, 400);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QComboBox *type = composer.typeCombo();
        QVERIFY(type->count() >= 10);
        type->showPopup();
        QWidget *popup = popupOf(type);
        QTRY_VERIFY(popup->isVisible());
        // The delegate draws more than the item text: Qt alone would size the list to the box.
        QVERIFY2(type->view()->sizeHintForColumn(0) > type->width(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(type->view()->sizeHintForColumn(0)).arg(type->width())));
        QTRY_VERIFY2(entriesFit(type->view()), qPrintable(QStringLiteral("viewport %1, widest entry %2")
                                                               .arg(type->view()->viewport()->width())
                                                               .arg(type->view()->sizeHintForColumn(0))));
        type->hidePopup();
    }

    void narrowComboBoxOpensWide()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *combo = new QComboBox(&window);
        combo->addItems({QStringLiteral("short"), QStringLiteral("a much, much longer entry than the box is wide"),
                         QStringLiteral("another one")});
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
        combo->setFixedWidth(80);
        layout->addWidget(combo);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        combo->showPopup();
        QTRY_VERIFY(popupOf(combo)->isVisible());
        QTRY_VERIFY(entriesFit(combo->view()));
        QVERIFY(popupOf(combo)->width() > combo->width());
        combo->hidePopup();
    }

    void completerSuggestionsShowWhole()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *edit = new QLineEdit(&window);
        edit->setFixedWidth(90);
        layout->addWidget(edit);
        auto *completer = new QCompleter(QStringList{QStringLiteral("Ada Lovelace <ada@analytical.example.org>"),
                                                     QStringLiteral("Alan Turing <alan@bletchley.example.org>")},
                                         edit);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        edit->setCompleter(completer);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("A"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTRY_VERIFY2(entriesFit(completer->popup()), qPrintable(QStringLiteral("viewport %1, widest entry %2")
                                                                      .arg(completer->popup()->viewport()->width())
                                                                      .arg(completer->popup()->sizeHintForColumn(0))));
    }
};

QTEST_MAIN(TestPopupWidth)
#include "tst_popupwidth.moc"
