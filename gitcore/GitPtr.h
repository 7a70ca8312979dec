#pragma once

#include <git2.h>

#include <memory>

namespace gantry {

/// Owning pointers for libgit2 objects: each frees its object with the matching git_*_free.
template <typename T, void (*Free)(T *)>
struct GitDeleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

template <typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using ConfigPtr = GitPtr<git_config, git_config_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using ReferenceIteratorPtr = GitPtr<git_reference_iterator, git_reference_iterator_free>;
using BranchIteratorPtr = GitPtr<git_branch_iterator, git_branch_iterator_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using TreeBuilderPtr = GitPtr<git_treebuilder, git_treebuilder_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using TagPtr = GitPtr<git_tag, git_tag_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using PatchPtr = GitPtr<git_patch, git_patch_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using OdbPtr = GitPtr<git_odb, git_odb_free>;
using OdbObjectPtr = GitPtr<git_odb_object, git_odb_object_free>;
using RemotePtr = GitPtr<git_remote, git_remote_free>;
using SubmodulePtr = GitPtr<git_submodule, git_submodule_free>;
using AnnotatedCommitPtr = GitPtr<git_annotated_commit, git_annotated_commit_free>;
using RebasePtr = GitPtr<git_rebase, git_rebase_free>;
using WorktreePtr = GitPtr<git_worktree, git_worktree_free>;

/// A git_buf that disposes of itself.
struct GitBuf
{
    git_buf buf = GIT_BUF_INIT;
    GitBuf() = default;
    GitBuf(const GitBuf &) = delete;
    GitBuf &operator=(const GitBuf &) = delete;
    ~GitBuf() { git_buf_dispose(&buf); }
    git_buf *operator&() { return &buf; }
    const char *data() const { return buf.ptr ? buf.ptr : ""; }
    size_t size() const { return buf.size; }
};

/// A git_strarray that disposes of itself.
struct GitStrArray
{
    git_strarray array = {nullptr, 0};
    GitStrArray() = default;
    GitStrArray(const GitStrArray &) = delete;
    GitStrArray &operator=(const GitStrArray &) = delete;
    ~GitStrArray() { git_strarray_dispose(&array); }
    git_strarray *operator&() { return &array; }
};

} // namespace gantry
