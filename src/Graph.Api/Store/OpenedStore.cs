using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>
/// A store opened read-only, with the fingerprint its folder had just before, so that whoever serves it later can
/// tell a load that finished since then (and need not open the same store a second time).
/// </summary>
public sealed record OpenedStore(string Path, IGraphReader Reader, string Fingerprint)
{
    public static OpenedStore Open(string path)
    {
        var fingerprint = StoreFolderFingerprint.Of(path);
        return new OpenedStore(System.IO.Path.GetFullPath(path), GraphStore.OpenReadOnly(path, StoreOptions.Default), fingerprint);
    }
}
