<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="34"/>
        <source>About annotator</source>
        <translation>关于 annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="36"/>
        <source>annotator %1</source>
        <translation>annotator %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="37"/>
        <source>Project file: %1</source>
        <translation>项目文件：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="38"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="40"/>
        <source>Bundled data and licences:</source>
        <translation>随附数据及许可：</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="17"/>
        <source>Agreement between reviewers</source>
        <translation>审阅者之间的一致性</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="21"/>
        <source>Over the articles both reviewers of a pair have reviewed; span F1: same label, same offsets.</source>
        <translation>基于每对审阅者都已审阅的文章；片段 F1：标签相同、位置相同。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="24"/>
        <source>Pair</source>
        <translation>审阅者对</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="24"/>
        <source>Shared</source>
        <translation>共有文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="24"/>
        <source>Reviewed by both</source>
        <translation>双方均已审阅</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="24"/>
        <source>Status kappa</source>
        <translation>状态 kappa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="25"/>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="32"/>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="25"/>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="32"/>
        <source>F1 all</source>
        <translation>F1 全部</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="29"/>
        <source>Per reviewer: mean span F1 with the other reviewers</source>
        <translation>每位审阅者：与其他审阅者的平均片段 F1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/agreement_dialog.py" line="32"/>
        <source>Reviewer</source>
        <translation>审阅者</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="19"/>
        <location filename="../../annotator/ui/dialogs/backups.py" line="58"/>
        <location filename="../../annotator/ui/dialogs/backups.py" line="72"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="21"/>
        <source>A copy of the project is kept on closing after changes and every %1 minutes during work, the newest %2 in %3.</source>
        <translation>有改动时关闭项目会保留一份副本，工作期间每 %1 分钟也保留一份，最新的 %2 份保存在 %3。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="29"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="30"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="63"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/backups.py" line="70"/>
        <source>Put the backup of %1 in the project&apos;s place? The current file is kept beside it.</source>
        <translation>用 %1 的备份替换项目？当前文件会保留在旁边。</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="53"/>
        <location filename="../../annotator/ui/dialogs/cheatsheet.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheatsheet.py" line="39"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheatsheet.py" line="39"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheatsheet.py" line="39"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="29"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="41"/>
        <source>Training data: a model takes these spans as gold, so only accepted articles go in unless you tick others</source>
        <translation>训练数据：模型会把这些片段当作标准答案，因此默认只导出已接受的文章，除非勾选其他状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="44"/>
        <source>Leave out the token list (for tools that tokenize the text themselves, such as Prodigy: a tenth of the size, much faster)</source>
        <translation>不写词元列表（供自行切分文本的工具使用，如 Prodigy：文件只有约十分之一大，导出快得多）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="59"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="60"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="63"/>
        <source>Split (optional)</source>
        <translation>划分（可选）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="64"/>
        <source>Split seed</source>
        <translation>划分随机种子</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_dialog.py" line="65"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <location filename="../../annotator/ui/panels/header_editor.py" line="25"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels/header_editor.py" line="26"/>
        <source>Subtitle (——…), empty for none</source>
        <translation>副标题（——…），没有则留空</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="13"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="14"/>
        <source>Reviewed in another tool: import pending records as accepted</source>
        <translation>已在其他工具中审核：待审记录作为已接受导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="15"/>
        <source>For an export of reviewed work only, e.g. doccano&apos;s approved examples. Pages are always pending.</source>
        <translation>用于只含已审核内容的导出文件，例如 doccano 的已批准样本。版面文本始终为待审。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="19"/>
        <source>Rename the file&apos;s labels to the project&apos;s; an empty name leaves those spans out</source>
        <translation>把文件中的标签改为本项目的标签；新名称留空则不导入这些片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="24"/>
        <source>Files to import: %1</source>
        <translation>待导入文件：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_dialog.py" line="26"/>
        <source>Rename labels</source>
        <translation>重命名标签</translation>
    </message>
</context>
<context>
    <name>KeySettings</name>
    <message>
        <location filename="../../annotator/ui/dialogs/key_settings.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/key_settings.py" line="37"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/key_settings.py" line="37"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/key_settings.py" line="53"/>
        <source>Separate several keys with commas. Review keys work while the article has the focus.</source>
        <translation>多个按键用逗号分隔。审阅按键在文章获得焦点时生效。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/key_settings.py" line="75"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>LabelManager</name>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="26"/>
        <source>A label needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="28"/>
        <source>Keep label names to 32 characters or fewer.</source>
        <translation>标签名称请不超过 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="30"/>
        <source>A label name cannot contain spaces.</source>
        <translation>标签名称不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="32"/>
        <source>There is already a label with that name.</source>
        <translation>已有同名标签。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="43"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="45"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="49"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="49"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="50"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="50"/>
        <source>Key…</source>
        <translation>按键…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="51"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="85"/>
        <source>Label name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="95"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="104"/>
        <source>Rename label</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="111"/>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="119"/>
        <source>Label key</source>
        <translation>标签按键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="119"/>
        <source>Key (1–9):</source>
        <translation>按键（1–9）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="136"/>
        <source>The metric label cannot be deleted.</source>
        <translation>数值标签不能删除。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="139"/>
        <source>Delete the label %1?</source>
        <translation>删除标签 %1？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/label_manager.py" line="141"/>
        <source>%1 spans carry it; they are deleted too (Ctrl+Z brings everything back).</source>
        <translation>有 %1 个标注使用该标签，将一并删除（Ctrl+Z 可全部恢复）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="108"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="109"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="111"/>
        <source>Reviewers&apos; versions (T takes, V next)</source>
        <translation>审阅者的版本（T 采用，V 下一项）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="126"/>
        <source>Open recent</source>
        <translation>最近打开的项目</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../annotator/ui/text.py" line="37"/>
        <source>PgUp</source>
        <translation>上翻页</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="37"/>
        <source>PgDown</source>
        <translation>下翻页</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="38"/>
        <source>Del</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="38"/>
        <location filename="../../annotator/ui/text.py" line="363"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="39"/>
        <location filename="../../annotator/ui/text.py" line="361"/>
        <location filename="../../annotator/ui/text.py" line="365"/>
        <location filename="../../annotator/ui/text.py" line="367"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="362"/>
        <location filename="../../annotator/ui/text.py" line="365"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../annotator/ui/panels/versions_panel.py" line="33"/>
        <source>%1 · %2 · %3 differences</source>
        <translation>%1 · %2 · %3 处不同</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../annotator/ui/text.py" line="43"/>
        <source>native JSONL, one article per line</source>
        <translation>原生 JSONL，每行一篇文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="44"/>
        <source>Prodigy / spaCy JSONL with tokens</source>
        <translation>Prodigy / spaCy JSONL（含分词）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="45"/>
        <source>spaCy DocBin for spacy train (needs spaCy)</source>
        <translation>spaCy DocBin，供 spacy train 使用（需安装 spaCy）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="46"/>
        <source>doccano sequence labeling JSONL</source>
        <translation>doccano 序列标注 JSONL</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="47"/>
        <source>Label Studio JSON tasks</source>
        <translation>Label Studio JSON 任务</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="48"/>
        <source>character-level BIO (CoNLL)</source>
        <translation>字符级 BIO（CoNLL）</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="37"/>
        <source>Label selection, or relabel the focused span, with label {n}</source>
        <translation>用标签 {n} 标注选中文字或改标当前片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="43"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="44"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="45"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="46"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="47"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="48"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="63"/>
        <location filename="../../annotator/ui/keymap.py" line="49"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="64"/>
        <location filename="../../annotator/ui/keymap.py" line="50"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="51"/>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="52"/>
        <source>Labels…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="53"/>
        <source>Reviewer name…</source>
        <translation>审校人姓名…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="54"/>
        <source>Language…</source>
        <translation>界面语言…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="55"/>
        <source>Keyboard shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="56"/>
        <source>Accept and go to the next pending article</source>
        <translation>通过并转到下一篇待审文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="58"/>
        <source>Reject and go to the next pending article</source>
        <translation>驳回并转到下一篇待审文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="60"/>
        <source>Skip and go to the next pending article</source>
        <translation>跳过并转到下一篇待审文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="62"/>
        <source>Next article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="63"/>
        <source>Previous article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="64"/>
        <source>Go to article number…</source>
        <translation>跳转到第几篇…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="65"/>
        <source>Re-run pre-extraction on this article</source>
        <translation>对本篇重新预标注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="68"/>
        <source>Merge this article into the previous one</source>
        <translation>将本篇并入上一篇</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="70"/>
        <source>Merge the next article into this one</source>
        <translation>将下一篇并入本篇</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="72"/>
        <source>Split the article at the caret&apos;s line (the new part is titled by that line)</source>
        <translation>在光标所在行拆分文章（新的一篇以该行为标题）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="74"/>
        <source>Edit title and subtitle in place</source>
        <translation>就地编辑标题和副标题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="77"/>
        <source>Mark selection as a metric</source>
        <translation>将选中文字标为指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="78"/>
        <source>Next proposed span (the proposal walk)</source>
        <translation>下一个建议片段（逐个审核建议）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="80"/>
        <source>Previous proposed span</source>
        <translation>上一个建议片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="81"/>
        <source>Keep the proposed span and go to the next one</source>
        <translation>保留此建议片段并转到下一个</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="83"/>
        <source>Find in this article (Enter selects the match for a label key)</source>
        <translation>在本文中查找（回车选中匹配，再按标签键标注）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="85"/>
        <source>Select the next match of the find</source>
        <translation>选中下一个查找匹配</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="87"/>
        <source>Select the previous match of the find</source>
        <translation>选中上一个查找匹配</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="89"/>
        <source>Focus next span</source>
        <translation>下一个片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="90"/>
        <source>Focus previous span</source>
        <translation>上一个片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="91"/>
        <source>Delete focused span</source>
        <translation>删除当前片段</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="92"/>
        <source>Move span start left</source>
        <translation>片段起点左移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="93"/>
        <source>Move span start right</source>
        <translation>片段起点右移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="94"/>
        <source>Move span end left</source>
        <translation>片段终点左移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="95"/>
        <source>Move span end right</source>
        <translation>片段终点右移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="96"/>
        <source>Repeat the last correction in the rest of this article and in all pending articles</source>
        <translation>在本文其余位置及所有待审文章中重复上次修改</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="98"/>
        <source>Take the selected reviewer&apos;s version (or span) in a team file</source>
        <translation>采用所选审阅者的版本（或片段）（团队文件）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="100"/>
        <source>Next row of the reviewers&apos; versions</source>
        <translation>审阅者版本的下一行</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="102"/>
        <source>Agreement between reviewers (team file)…</source>
        <translation>审阅者之间的一致性（团队文件）…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="104"/>
        <source>Next panel (article, entities, metrics)</source>
        <translation>下一个面板（文章、实体、指标）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="105"/>
        <source>Previous panel</source>
        <translation>上一个面板</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="106"/>
        <source>Metrics panel: arrows move, F2 or Enter edits, Space toggles Approx., Esc returns</source>
        <translation>指标面板：方向键移动，F2 或回车编辑，空格切换约数，Esc 返回</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="108"/>
        <source>Queue order: least certain first, or by number</source>
        <translation>队列顺序：最不确定的在前，或按编号</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="110"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="111"/>
        <source>About annotator</source>
        <translation>关于 annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="117"/>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="118"/>
        <source>&amp;Span</source>
        <translation>片段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="119"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/keymap.py" line="120"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../annotator/ui/text.py" line="11"/>
        <source>Add entity</source>
        <translation>添加实体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="11"/>
        <source>Remove entity</source>
        <translation>删除实体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="12"/>
        <source>Edit entity</source>
        <translation>修改实体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="12"/>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="13"/>
        <source>Remove metric</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="13"/>
        <source>Edit metric</source>
        <translation>修改指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="14"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="14"/>
        <source>Batch edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="15"/>
        <source>Label selection</source>
        <translation>标注选中文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="15"/>
        <source>Label everywhere</source>
        <translation>全部标注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="16"/>
        <source>Remove everywhere</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="16"/>
        <source>Re-extract</source>
        <translation>重新预标注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="17"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="17"/>
        <source>Edit label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="18"/>
        <source>Delete label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="19"/>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="19"/>
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="20"/>
        <source>Edit title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="20"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels/versions_panel.py" line="14"/>
        <source>Take version</source>
        <translation>采用版本</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels/versions_panel.py" line="14"/>
        <source>Take span</source>
        <translation>采用片段</translation>
    </message>
</context>
<context>
    <name>restructure</name>
    <message>
        <location filename="../../annotator/ui/text.py" line="25"/>
        <source>the two articles come from different files</source>
        <translation>这两篇文章来自不同的文件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="26"/>
        <source>put the caret on a line inside the article, below its first line</source>
        <translation>请把光标放在文章内第一行以下的某一行</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="27"/>
        <source>a span crosses the caret&apos;s line</source>
        <translation>有标注片段跨过光标所在行</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="28"/>
        <source>there is no article there to merge with</source>
        <translation>那里没有可合并的文章</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../annotator/ui/text.py" line="63"/>
        <source>pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="63"/>
        <source>accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="64"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="64"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="69"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="69"/>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="70"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="70"/>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="75"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="75"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="75"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="76"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="76"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="77"/>
        <source>Certainty</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="82"/>
        <source>By number</source>
        <translation>按编号</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="83"/>
        <source>Least certain first</source>
        <translation>最不确定的在前</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="94"/>
        <location filename="../../annotator/ui/text.py" line="100"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="94"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="95"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="95"/>
        <source>Mentions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="100"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="100"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="100"/>
        <source>Approx.</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="101"/>
        <source>Indicator</source>
        <translation>指标项</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="101"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="106"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="110"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="114"/>
        <source>Search title and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="122"/>
        <source>No article (%1 in the queue)</source>
        <translation>没有文章（队列中 %1 篇）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="123"/>
        <source>Article %1 (%2 of %3 in the filter)</source>
        <translation>第 %1 篇（筛选结果 %3 篇中的第 %2 篇）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="124"/>
        <source>Article %1 (%2 of %3)</source>
        <translation>第 %1 篇（共 %3 篇中的第 %2 篇）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="129"/>
        <source>Article %1 is not in the queue (change the filter to see it)</source>
        <translation>第 %1 篇不在当前队列中（更改筛选条件即可看到）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="148"/>
        <source>Not saved: %1.

The article now shows what is stored; nothing else was changed.</source>
        <translation>未保存：%1。

文章已显示项目中保存的内容；其他内容均未改动。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="152"/>
        <source>Some of your keyboard shortcuts were not used (Edit → Keyboard shortcuts… to fix them): %1</source>
        <translation>部分自定义快捷键未生效（可在“编辑 → 键盘快捷键…”中修改）：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="179"/>
        <source>Correction repeated in %n article (Ctrl+Z undoes it)</source>
        <translation>已在 %n 篇文章中重复此更正（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="180"/>
        <source>Correction repeated in %n articles (Ctrl+Z undoes it)</source>
        <translation>已在 %n 篇文章中重复此更正（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="221"/>
        <source>%n article added</source>
        <translation>新增 %n 篇文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="221"/>
        <source>%n articles added</source>
        <translation>新增 %n 篇文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="222"/>
        <source>%n duplicate skipped</source>
        <translation>跳过 %n 篇重复</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="222"/>
        <source>%n duplicates skipped</source>
        <translation>跳过 %n 篇重复</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="223"/>
        <source>%n problem</source>
        <translation>%n 个问题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="223"/>
        <source>%n problems</source>
        <translation>%n 个问题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="228"/>
        <source>%n file was imported before</source>
        <translation>%n 个文件此前已导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="229"/>
        <source>%n files were imported before</source>
        <translation>%n 个文件此前已导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="233"/>
        <source>Learned from %1 reviewed articles (%2 spans): new proposals use it</source>
        <translation>已从 %1 篇已审文章（%2 个标注）中学习：新的预标注将使用它</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="236"/>
        <source>(the next %1 pending articles were refreshed with it)</source>
        <translation>（其后 %1 篇待审文章已据此更新预标注）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="246"/>
        <source>Taking back the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="250"/>
        <source>Putting the import back…</source>
        <translation>正在重做导入…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="254"/>
        <source>Stopped: nothing was changed.</source>
        <translation>已停止：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="262"/>
        <source>%n article exported to %2</source>
        <translation>已导出 %n 篇文章到 %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="263"/>
        <source>%n articles exported to %2</source>
        <translation>已导出 %n 篇文章到 %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="267"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="295"/>
        <source>%1

Save what can still be read into a new project?</source>
        <translation>%1

是否将仍可读取的内容保存到新项目？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="299"/>
        <source>Save what can be read into a new project</source>
        <translation>将可读取的内容保存到新项目</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="303"/>
        <source>Saved into %2: %1</source>
        <translation>已保存到 %2：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="307"/>
        <source>Restored %1; the file it replaced is kept as %2</source>
        <translation>已恢复 %1；被替换的文件保存为 %2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="352"/>
        <source>Label the selection, or relabel the focused span, as %1</source>
        <translation>将选中文字标注为 %1，或将当前片段改标为 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="358"/>
        <source>Metrics panel</source>
        <translation>指标面板</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="358"/>
        <source>Entities panel</source>
        <translation>实体面板</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="358"/>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="360"/>
        <source>Move between cells (Value, Unit, Approx., Indicator, Period)</source>
        <translation>在单元格间移动（数值、单位、约数、指标、时期）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="361"/>
        <source>Edit the cell; Enter again saves it, Esc cancels</source>
        <translation>编辑单元格；再按回车保存，Esc 取消</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="362"/>
        <source>Toggle Approx. of the metric</source>
        <translation>切换该指标的“约数”</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="363"/>
        <source>Back to the article</source>
        <translation>回到文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="364"/>
        <source>Rows: label and text, with the number of mentions</source>
        <translation>每行一个标签和文字，并显示出现次数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="365"/>
        <source>Show the next mention in the article</source>
        <translation>在文章中显示下一次出现</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="366"/>
        <source>Change the label of every mention of the row</source>
        <translation>修改该行所有出现的标签</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="367"/>
        <source>Select the match and go back to the article (then a label key)</source>
        <translation>选中匹配并回到文章（再按标签键）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="137"/>
        <source>Reviewer: %1</source>
        <translation>审校人：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="87"/>
        <source>Order of the queue (Ctrl+U): by article number (a part split off comes right after its article), or pending articles first with the least certain first (the lowest confidence of their proposed entities)</source>
        <translation>队列顺序（Ctrl+U）：按文章编号（拆分出的部分紧跟在原文章之后），或待审文章在前、最不确定的在前（按其预标注实体的最低置信度）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="142"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="143"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="143"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="156"/>
        <source>No article. Import pages with Ctrl+I, or change the filter.</source>
        <translation>没有文章。按 Ctrl+I 导入版面，或更改筛选条件。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="160"/>
        <source>%1 · article %2 · %3</source>
        <translation>%1 · 第 %2 篇 · %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="163"/>
        <source>by %1</source>
        <translation>审校人 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="170"/>
        <source>Also add %1 “%2” wherever else it occurs (%n article): press P</source>
        <translation>在其他出现处也添加 %1“%2”（%n 篇文章）：按 P</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="171"/>
        <source>Also add %1 “%2” wherever else it occurs (%n articles): press P</source>
        <translation>在其他出现处也添加 %1“%2”（%n 篇文章）：按 P</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="173"/>
        <source>Also remove %1 “%2” wherever else it is labelled (%n article): press P</source>
        <translation>在其他标注处也删除 %1“%2”（%n 篇文章）：按 P</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="174"/>
        <source>Also remove %1 “%2” wherever else it is labelled (%n articles): press P</source>
        <translation>在其他标注处也删除 %1“%2”（%n 篇文章）：按 P</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="184"/>
        <source>Who is reviewing?</source>
        <translation>审校人是谁？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="188"/>
        <source>Your name is recorded with every change you make:</source>
        <translation>您的每次修改都会记录姓名：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="192"/>
        <source>Go to article</source>
        <translation>跳转到文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="196"/>
        <source>Article number (1–%1):</source>
        <translation>文章序号（1–%1）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="200"/>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="204"/>
        <source>“%1” is not a number. Write digits, e.g. 531000000 or 5.31亿.</source>
        <translation>“%1”不是数字。请写阿拉伯数字，例如 531000000 或 5.31亿。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="208"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="212"/>
        <source>Pages and records (*.txt *.jsonl *.json *.conll *.tsv);;All files (*)</source>
        <translation>版面与记录 (*.txt *.jsonl *.json *.conll *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="216"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="242"/>
        <source>Some input could not be imported; the rest was:

%1</source>
        <translation>部分内容无法导入，其余已导入：

%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="258"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="271"/>
        <source>Some articles could not be written in this format and were left out:

%1</source>
        <translation>部分文章无法以此格式写出，已略过：

%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="275"/>
        <source>Setting up your first project with the sample pages…</source>
        <translation>正在用示例版面建立您的第一个项目…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="279"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="283"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="287"/>
        <source>annotator projects (*.sqlite *.db);;All files (*)</source>
        <translation>annotator 项目 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="291"/>
        <source>The project could not be opened:
%1</source>
        <translation>无法打开项目：
%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="311"/>
        <source>The project was upgraded to this version; a backup of the old file is at %1</source>
        <translation>项目已升级到此版本；旧文件备份在 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="315"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="319"/>
        <source>Language of the interface (applies at the next start):</source>
        <translation>界面语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="323"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="327"/>
        <source>Loading the Chinese dictionary…</source>
        <translation>正在加载中文词典…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="331"/>
        <source>Dictionary ready</source>
        <translation>词典已就绪</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="335"/>
        <source>Find in this article: Enter selects the match, then a label key labels it; F3 next; Esc closes</source>
        <translation>在本文中查找：回车选中匹配，再按标签键标注；F3 下一个；Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="339"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="343"/>
        <source>Proposal %1 “%2”: Y keeps, Delete drops, a label key relabels, N skips (%3 left)</source>
        <translation>建议 %1“%2”：Y 保留，Delete 删除，标签键改标签，N 跳过（剩 %3 个）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text.py" line="348"/>
        <source>No proposals left in this article: A accepts it</source>
        <translation>本文已无建议片段：按 A 接受本文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/tasks.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
