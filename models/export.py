"""Export a trained cross-encoder to int8 ONNX, so serving needs onnxruntime, not torch."""

from __future__ import annotations

from pathlib import Path


def export_int8_onnx(model_dir: Path) -> Path:
    """Write ``model_dir/model.onnx`` (dynamically quantised to int8) beside the tokenizer files.

    The fp32 weights are removed afterwards: the repository ships the int8 file only (~23 MB
    against ~90 MB), and ``models.stance`` serves it with onnxruntime.
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from models.stance import ONNX_FILE

    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    sample = tokenizer(["evidence sentence"], ["claim"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    fp32 = model_dir / "model.fp32.onnx"
    axes = {name: {0: "batch", 1: "tokens"} for name in names}
    torch.onnx.export(
        model,
        tuple(sample[name] for name in names),
        str(fp32),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={**axes, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    target = model_dir / ONNX_FILE
    quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
    fp32.unlink()
    for weights in model_dir.glob("*.safetensors"):
        weights.unlink()
    return target
