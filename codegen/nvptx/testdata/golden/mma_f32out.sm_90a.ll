; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @f32out_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 64
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 64
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = add i32 %36, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %9, 3
	%49 = and i32 %9, 7
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %19, %48
	%61 = mul i32 %60, 64
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %23, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %23
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %11, 7
	%91 = lshr i32 %11, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %11, 4
	%96 = mul i32 %10, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %2, %99
	%101 = and i32 %11, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = mul i32 %44, 64
	%106 = lshr i32 %9, 3
	%107 = and i32 %9, 7
	%108 = lshr i32 %107, 3
	%109 = mul i32 %108, u0x2000
	%110 = and i32 %107, 7
	%111 = and i32 %106, 7
	%112 = xor i32 %110, %111
	%113 = mul i32 %106, 128
	%114 = shl i32 %112, 4
	%115 = add i32 %113, %114
	%116 = add i32 %109, %115
	%117 = add i32 %0, %116
	%118 = add i32 %105, %106
	%119 = mul i32 %118, 64
	%120 = mul i32 %107, 8
	%121 = add i32 %119, %120
	%122 = sext i32 %121 to i64
	%123 = getelementptr i16, i16* %27, i64 %122
	%124 = add i32 %118, 0
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %123, i64 0
	%127 = select i1 %125, i16* %126, i16* %27
	%128 = add i32 %117, 0
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %118, 16
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %123, i64 1024
	%133 = select i1 %131, i16* %132, i16* %27
	%134 = add i32 %117, 2048
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %118, 32
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %123, i64 2048
	%139 = select i1 %137, i16* %138, i16* %27
	%140 = add i32 %117, u0x1000
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %118, 48
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %123, i64 3072
	%145 = select i1 %143, i16* %144, i16* %27
	%146 = add i32 %117, 6144
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %917, %pv ]
	%149 = phi i32 [ %44, %prologue ], [ %924, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %1140, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %1141, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %1142, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %1143, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %1144, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %1145, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %1146, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %1147, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %1148, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %1149, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1150, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1151, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1152, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1153, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1154, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1155, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1156, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1157, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1158, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1159, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1160, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1161, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1162, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1163, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1164, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1165, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1166, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1167, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1168, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1169, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1170, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1171, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %813, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %864, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %865, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %916, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 64
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x2000
	%191 = and i32 %188, 7
	%192 = and i32 %187, 7
	%193 = xor i32 %191, %192
	%194 = mul i32 %187, 128
	%195 = shl i32 %193, 4
	%196 = add i32 %194, %195
	%197 = add i32 %190, %196
	%198 = add i32 %1, %197
	%199 = add i32 %186, %187
	%200 = mul i32 %199, 64
	%201 = mul i32 %188, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %31, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %31
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %31
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %199, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %204, i64 2048
	%220 = select i1 %218, i16* %219, i16* %31
	%221 = add i32 %198, u0x1000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %199, 48
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %204, i64 3072
	%226 = select i1 %224, i16* %225, i16* %31
	%227 = add i32 %198, 6144
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%229 = add i32 %4, 0
	%230 = zext i32 %229 to i64
	%231 = or i64 %230, u0x4000004000010000
	%232 = add i32 %6, 0
	%233 = zext i32 %232 to i64
	%234 = or i64 %233, u0x4000004000010000
	%235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %231, i64 %234, i32 1)
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 0
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 1
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 2
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 3
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 4
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 5
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 6
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 7
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 8
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 9
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 10
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 11
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 12
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 13
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 14
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 15
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 16
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 17
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 18
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 19
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 20
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 21
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 22
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 23
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 24
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 25
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 26
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 27
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 28
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 29
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 30
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %235, 31
	%268 = add i32 %4, 2
	%269 = zext i32 %268 to i64
	%270 = or i64 %269, u0x4000004000010000
	%271 = add i32 %6, 2
	%272 = zext i32 %271 to i64
	%273 = or i64 %272, u0x4000004000010000
	%274 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %236, float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, i64 %270, i64 %273, i32 1)
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 3
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 4
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 5
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 6
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 7
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 8
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 9
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 10
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 11
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 12
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 13
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 14
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 15
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 16
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 17
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 18
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 19
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 20
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 21
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 22
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 23
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 24
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 25
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 26
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 27
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 28
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 29
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 30
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %274, 31
	%307 = add i32 %4, 4
	%308 = zext i32 %307 to i64
	%309 = or i64 %308, u0x4000004000010000
	%310 = add i32 %6, 4
	%311 = zext i32 %310 to i64
	%312 = or i64 %311, u0x4000004000010000
	%313 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, i64 %309, i64 %312, i32 1)
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 0
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 1
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 2
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 3
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 4
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 5
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 6
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 7
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 8
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 9
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 10
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 11
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 12
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 13
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 14
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 15
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 16
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 17
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 18
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 19
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 20
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 21
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 22
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 23
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 24
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 25
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 26
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 27
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 28
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 29
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 30
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %313, 31
	%346 = add i32 %4, 6
	%347 = zext i32 %346 to i64
	%348 = or i64 %347, u0x4000004000010000
	%349 = add i32 %6, 6
	%350 = zext i32 %349 to i64
	%351 = or i64 %350, u0x4000004000010000
	%352 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, i64 %348, i64 %351, i32 1)
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 0
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 1
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 2
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 3
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 4
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 5
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 6
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 7
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 8
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 9
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 10
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 11
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 12
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 13
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 14
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 15
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 16
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 17
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 18
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 19
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 20
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 21
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 22
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 23
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 24
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 25
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 26
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 27
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 28
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 29
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 30
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %352, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%385 = call float asm sideeffect "", "=f,0"(float %353)
	%386 = call float asm sideeffect "", "=f,0"(float %354)
	%387 = call float asm sideeffect "", "=f,0"(float %355)
	%388 = call float asm sideeffect "", "=f,0"(float %356)
	%389 = call float asm sideeffect "", "=f,0"(float %357)
	%390 = call float asm sideeffect "", "=f,0"(float %358)
	%391 = call float asm sideeffect "", "=f,0"(float %359)
	%392 = call float asm sideeffect "", "=f,0"(float %360)
	%393 = call float asm sideeffect "", "=f,0"(float %361)
	%394 = call float asm sideeffect "", "=f,0"(float %362)
	%395 = call float asm sideeffect "", "=f,0"(float %363)
	%396 = call float asm sideeffect "", "=f,0"(float %364)
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = mul i32 %10, 16
	%418 = add i32 %19, %417
	%419 = add i32 %12, 0
	%420 = add i32 %418, %419
	%421 = mul i32 %10, 16
	%422 = add i32 %19, %421
	%423 = add i32 %12, 8
	%424 = add i32 %422, %423
	%425 = sitofp i32 %17 to float
	%426 = add i32 %40, %149
	%427 = sext i32 %426 to i64
	%428 = getelementptr i8, i8* %cls, i64 %427
	%429 = load i8, i8* %428
	%430 = icmp ne i8 %429, 2
	br i1 %430, label %partial, label %softmax

epilogue:
	%431 = phi float [ 0.0, %entry ], [ %864, %pv ]
	%432 = phi float [ 0.0, %entry ], [ %916, %pv ]
	%433 = phi i32 [ 0, %entry ], [ %917, %pv ]
	%434 = phi float [ 0.0, %entry ], [ %1140, %pv ]
	%435 = phi float [ 0.0, %entry ], [ %1141, %pv ]
	%436 = phi float [ 0.0, %entry ], [ %1142, %pv ]
	%437 = phi float [ 0.0, %entry ], [ %1143, %pv ]
	%438 = phi float [ 0.0, %entry ], [ %1144, %pv ]
	%439 = phi float [ 0.0, %entry ], [ %1145, %pv ]
	%440 = phi float [ 0.0, %entry ], [ %1146, %pv ]
	%441 = phi float [ 0.0, %entry ], [ %1147, %pv ]
	%442 = phi float [ 0.0, %entry ], [ %1148, %pv ]
	%443 = phi float [ 0.0, %entry ], [ %1149, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1150, %pv ]
	%445 = phi float [ 0.0, %entry ], [ %1151, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1152, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1153, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1154, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1155, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1156, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1157, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1158, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1159, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1160, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1161, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1162, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1163, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1164, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1165, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1166, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1167, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1168, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1169, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1170, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1171, %pv ]
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %431, i32 1, i32 31)
	%467 = fadd float %431, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 2, i32 31)
	%469 = fadd float %467, %468
	%470 = fcmp ogt float %469, 0.0
	%471 = fdiv float 1.0, %469
	%472 = select i1 %470, float %471, float 0.0
	%473 = mul i32 %10, 16
	%474 = add i32 %19, %473
	%475 = add i32 %12, 0
	%476 = add i32 %474, %475
	%477 = fmul float %434, %472
	%478 = fmul float %435, %472
	%479 = fmul float %438, %472
	%480 = fmul float %439, %472
	%481 = fmul float %442, %472
	%482 = fmul float %443, %472
	%483 = fmul float %446, %472
	%484 = fmul float %447, %472
	%485 = fmul float %450, %472
	%486 = fmul float %451, %472
	%487 = fmul float %454, %472
	%488 = fmul float %455, %472
	%489 = fmul float %458, %472
	%490 = fmul float %459, %472
	%491 = fmul float %462, %472
	%492 = fmul float %463, %472
	%493 = icmp slt i32 %476, %M
	br i1 %493, label %store0, label %stored0

partial:
	%494 = shl i32 %13, 1
	%495 = add i32 0, %494
	%496 = add i32 %186, %495
	%497 = icmp slt i32 %496, %N
	%498 = select i1 %497, float %385, float 0xFFF0000000000000
	%499 = shl i32 %13, 1
	%500 = add i32 1, %499
	%501 = add i32 %186, %500
	%502 = icmp slt i32 %501, %N
	%503 = select i1 %502, float %386, float 0xFFF0000000000000
	%504 = shl i32 %13, 1
	%505 = add i32 0, %504
	%506 = add i32 %186, %505
	%507 = icmp slt i32 %506, %N
	%508 = select i1 %507, float %387, float 0xFFF0000000000000
	%509 = shl i32 %13, 1
	%510 = add i32 1, %509
	%511 = add i32 %186, %510
	%512 = icmp slt i32 %511, %N
	%513 = select i1 %512, float %388, float 0xFFF0000000000000
	%514 = shl i32 %13, 1
	%515 = add i32 8, %514
	%516 = add i32 %186, %515
	%517 = icmp slt i32 %516, %N
	%518 = select i1 %517, float %389, float 0xFFF0000000000000
	%519 = shl i32 %13, 1
	%520 = add i32 9, %519
	%521 = add i32 %186, %520
	%522 = icmp slt i32 %521, %N
	%523 = select i1 %522, float %390, float 0xFFF0000000000000
	%524 = shl i32 %13, 1
	%525 = add i32 8, %524
	%526 = add i32 %186, %525
	%527 = icmp slt i32 %526, %N
	%528 = select i1 %527, float %391, float 0xFFF0000000000000
	%529 = shl i32 %13, 1
	%530 = add i32 9, %529
	%531 = add i32 %186, %530
	%532 = icmp slt i32 %531, %N
	%533 = select i1 %532, float %392, float 0xFFF0000000000000
	%534 = shl i32 %13, 1
	%535 = add i32 16, %534
	%536 = add i32 %186, %535
	%537 = icmp slt i32 %536, %N
	%538 = select i1 %537, float %393, float 0xFFF0000000000000
	%539 = shl i32 %13, 1
	%540 = add i32 17, %539
	%541 = add i32 %186, %540
	%542 = icmp slt i32 %541, %N
	%543 = select i1 %542, float %394, float 0xFFF0000000000000
	%544 = shl i32 %13, 1
	%545 = add i32 16, %544
	%546 = add i32 %186, %545
	%547 = icmp slt i32 %546, %N
	%548 = select i1 %547, float %395, float 0xFFF0000000000000
	%549 = shl i32 %13, 1
	%550 = add i32 17, %549
	%551 = add i32 %186, %550
	%552 = icmp slt i32 %551, %N
	%553 = select i1 %552, float %396, float 0xFFF0000000000000
	%554 = shl i32 %13, 1
	%555 = add i32 24, %554
	%556 = add i32 %186, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, float %397, float 0xFFF0000000000000
	%559 = shl i32 %13, 1
	%560 = add i32 25, %559
	%561 = add i32 %186, %560
	%562 = icmp slt i32 %561, %N
	%563 = select i1 %562, float %398, float 0xFFF0000000000000
	%564 = shl i32 %13, 1
	%565 = add i32 24, %564
	%566 = add i32 %186, %565
	%567 = icmp slt i32 %566, %N
	%568 = select i1 %567, float %399, float 0xFFF0000000000000
	%569 = shl i32 %13, 1
	%570 = add i32 25, %569
	%571 = add i32 %186, %570
	%572 = icmp slt i32 %571, %N
	%573 = select i1 %572, float %400, float 0xFFF0000000000000
	%574 = shl i32 %13, 1
	%575 = add i32 32, %574
	%576 = add i32 %186, %575
	%577 = icmp slt i32 %576, %N
	%578 = select i1 %577, float %401, float 0xFFF0000000000000
	%579 = shl i32 %13, 1
	%580 = add i32 33, %579
	%581 = add i32 %186, %580
	%582 = icmp slt i32 %581, %N
	%583 = select i1 %582, float %402, float 0xFFF0000000000000
	%584 = shl i32 %13, 1
	%585 = add i32 32, %584
	%586 = add i32 %186, %585
	%587 = icmp slt i32 %586, %N
	%588 = select i1 %587, float %403, float 0xFFF0000000000000
	%589 = shl i32 %13, 1
	%590 = add i32 33, %589
	%591 = add i32 %186, %590
	%592 = icmp slt i32 %591, %N
	%593 = select i1 %592, float %404, float 0xFFF0000000000000
	%594 = shl i32 %13, 1
	%595 = add i32 40, %594
	%596 = add i32 %186, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, float %405, float 0xFFF0000000000000
	%599 = shl i32 %13, 1
	%600 = add i32 41, %599
	%601 = add i32 %186, %600
	%602 = icmp slt i32 %601, %N
	%603 = select i1 %602, float %406, float 0xFFF0000000000000
	%604 = shl i32 %13, 1
	%605 = add i32 40, %604
	%606 = add i32 %186, %605
	%607 = icmp slt i32 %606, %N
	%608 = select i1 %607, float %407, float 0xFFF0000000000000
	%609 = shl i32 %13, 1
	%610 = add i32 41, %609
	%611 = add i32 %186, %610
	%612 = icmp slt i32 %611, %N
	%613 = select i1 %612, float %408, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 48, %614
	%616 = add i32 %186, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, float %409, float 0xFFF0000000000000
	%619 = shl i32 %13, 1
	%620 = add i32 49, %619
	%621 = add i32 %186, %620
	%622 = icmp slt i32 %621, %N
	%623 = select i1 %622, float %410, float 0xFFF0000000000000
	%624 = shl i32 %13, 1
	%625 = add i32 48, %624
	%626 = add i32 %186, %625
	%627 = icmp slt i32 %626, %N
	%628 = select i1 %627, float %411, float 0xFFF0000000000000
	%629 = shl i32 %13, 1
	%630 = add i32 49, %629
	%631 = add i32 %186, %630
	%632 = icmp slt i32 %631, %N
	%633 = select i1 %632, float %412, float 0xFFF0000000000000
	%634 = shl i32 %13, 1
	%635 = add i32 56, %634
	%636 = add i32 %186, %635
	%637 = icmp slt i32 %636, %N
	%638 = select i1 %637, float %413, float 0xFFF0000000000000
	%639 = shl i32 %13, 1
	%640 = add i32 57, %639
	%641 = add i32 %186, %640
	%642 = icmp slt i32 %641, %N
	%643 = select i1 %642, float %414, float 0xFFF0000000000000
	%644 = shl i32 %13, 1
	%645 = add i32 56, %644
	%646 = add i32 %186, %645
	%647 = icmp slt i32 %646, %N
	%648 = select i1 %647, float %415, float 0xFFF0000000000000
	%649 = shl i32 %13, 1
	%650 = add i32 57, %649
	%651 = add i32 %186, %650
	%652 = icmp slt i32 %651, %N
	%653 = select i1 %652, float %416, float 0xFFF0000000000000
	br label %softmax

softmax:
	%654 = phi float [ %385, %loop ], [ %498, %partial ]
	%655 = phi float [ %386, %loop ], [ %503, %partial ]
	%656 = phi float [ %387, %loop ], [ %508, %partial ]
	%657 = phi float [ %388, %loop ], [ %513, %partial ]
	%658 = phi float [ %389, %loop ], [ %518, %partial ]
	%659 = phi float [ %390, %loop ], [ %523, %partial ]
	%660 = phi float [ %391, %loop ], [ %528, %partial ]
	%661 = phi float [ %392, %loop ], [ %533, %partial ]
	%662 = phi float [ %393, %loop ], [ %538, %partial ]
	%663 = phi float [ %394, %loop ], [ %543, %partial ]
	%664 = phi float [ %395, %loop ], [ %548, %partial ]
	%665 = phi float [ %396, %loop ], [ %553, %partial ]
	%666 = phi float [ %397, %loop ], [ %558, %partial ]
	%667 = phi float [ %398, %loop ], [ %563, %partial ]
	%668 = phi float [ %399, %loop ], [ %568, %partial ]
	%669 = phi float [ %400, %loop ], [ %573, %partial ]
	%670 = phi float [ %401, %loop ], [ %578, %partial ]
	%671 = phi float [ %402, %loop ], [ %583, %partial ]
	%672 = phi float [ %403, %loop ], [ %588, %partial ]
	%673 = phi float [ %404, %loop ], [ %593, %partial ]
	%674 = phi float [ %405, %loop ], [ %598, %partial ]
	%675 = phi float [ %406, %loop ], [ %603, %partial ]
	%676 = phi float [ %407, %loop ], [ %608, %partial ]
	%677 = phi float [ %408, %loop ], [ %613, %partial ]
	%678 = phi float [ %409, %loop ], [ %618, %partial ]
	%679 = phi float [ %410, %loop ], [ %623, %partial ]
	%680 = phi float [ %411, %loop ], [ %628, %partial ]
	%681 = phi float [ %412, %loop ], [ %633, %partial ]
	%682 = phi float [ %413, %loop ], [ %638, %partial ]
	%683 = phi float [ %414, %loop ], [ %643, %partial ]
	%684 = phi float [ %415, %loop ], [ %648, %partial ]
	%685 = phi float [ %416, %loop ], [ %653, %partial ]
	%686 = call float @llvm.nvvm.fmax.f(float %654, float %655)
	%687 = call float @llvm.nvvm.fmax.f(float %658, float %659)
	%688 = call float @llvm.nvvm.fmax.f(float %662, float %663)
	%689 = call float @llvm.nvvm.fmax.f(float %666, float %667)
	%690 = call float @llvm.nvvm.fmax.f(float %670, float %671)
	%691 = call float @llvm.nvvm.fmax.f(float %674, float %675)
	%692 = call float @llvm.nvvm.fmax.f(float %678, float %679)
	%693 = call float @llvm.nvvm.fmax.f(float %682, float %683)
	%694 = call float @llvm.nvvm.fmax.f(float %686, float %687)
	%695 = call float @llvm.nvvm.fmax.f(float %688, float %689)
	%696 = call float @llvm.nvvm.fmax.f(float %690, float %691)
	%697 = call float @llvm.nvvm.fmax.f(float %692, float %693)
	%698 = call float @llvm.nvvm.fmax.f(float %694, float %695)
	%699 = call float @llvm.nvvm.fmax.f(float %696, float %697)
	%700 = call float @llvm.nvvm.fmax.f(float %698, float %699)
	%701 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %700, i32 1, i32 31)
	%702 = call float @llvm.nvvm.fmax.f(float %700, float %701)
	%703 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %702, i32 2, i32 31)
	%704 = call float @llvm.nvvm.fmax.f(float %702, float %703)
	%705 = fmul float %704, 0x3FC7154760000000
	%706 = call float @llvm.nvvm.fmax.f(float %182, float %705)
	%707 = fadd float %182, 8.0
	%708 = fcmp ogt float %706, %707
	%709 = or i1 false, %708
	%710 = call float @llvm.nvvm.fmax.f(float %656, float %657)
	%711 = call float @llvm.nvvm.fmax.f(float %660, float %661)
	%712 = call float @llvm.nvvm.fmax.f(float %664, float %665)
	%713 = call float @llvm.nvvm.fmax.f(float %668, float %669)
	%714 = call float @llvm.nvvm.fmax.f(float %672, float %673)
	%715 = call float @llvm.nvvm.fmax.f(float %676, float %677)
	%716 = call float @llvm.nvvm.fmax.f(float %680, float %681)
	%717 = call float @llvm.nvvm.fmax.f(float %684, float %685)
	%718 = call float @llvm.nvvm.fmax.f(float %710, float %711)
	%719 = call float @llvm.nvvm.fmax.f(float %712, float %713)
	%720 = call float @llvm.nvvm.fmax.f(float %714, float %715)
	%721 = call float @llvm.nvvm.fmax.f(float %716, float %717)
	%722 = call float @llvm.nvvm.fmax.f(float %718, float %719)
	%723 = call float @llvm.nvvm.fmax.f(float %720, float %721)
	%724 = call float @llvm.nvvm.fmax.f(float %722, float %723)
	%725 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %724, i32 1, i32 31)
	%726 = call float @llvm.nvvm.fmax.f(float %724, float %725)
	%727 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %726, i32 2, i32 31)
	%728 = call float @llvm.nvvm.fmax.f(float %726, float %727)
	%729 = fmul float %728, 0x3FC7154760000000
	%730 = call float @llvm.nvvm.fmax.f(float %184, float %729)
	%731 = fadd float %184, 8.0
	%732 = fcmp ogt float %730, %731
	%733 = or i1 %709, %732
	%734 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %733)
	br i1 %734, label %735, label %778

735:
	%736 = fcmp oeq float %706, 0xFFF0000000000000
	%737 = select i1 %736, float 0.0, float %706
	%738 = fsub float %182, %737
	%739 = call float @llvm.nvvm.ex2.approx.ftz.f(float %738)
	%740 = fcmp oeq float %730, 0xFFF0000000000000
	%741 = select i1 %740, float 0.0, float %730
	%742 = fsub float %184, %741
	%743 = call float @llvm.nvvm.ex2.approx.ftz.f(float %742)
	%744 = fmul float %150, %739
	%745 = fmul float %151, %739
	%746 = fmul float %152, %743
	%747 = fmul float %153, %743
	%748 = fmul float %154, %739
	%749 = fmul float %155, %739
	%750 = fmul float %156, %743
	%751 = fmul float %157, %743
	%752 = fmul float %158, %739
	%753 = fmul float %159, %739
	%754 = fmul float %160, %743
	%755 = fmul float %161, %743
	%756 = fmul float %162, %739
	%757 = fmul float %163, %739
	%758 = fmul float %164, %743
	%759 = fmul float %165, %743
	%760 = fmul float %166, %739
	%761 = fmul float %167, %739
	%762 = fmul float %168, %743
	%763 = fmul float %169, %743
	%764 = fmul float %170, %739
	%765 = fmul float %171, %739
	%766 = fmul float %172, %743
	%767 = fmul float %173, %743
	%768 = fmul float %174, %739
	%769 = fmul float %175, %739
	%770 = fmul float %176, %743
	%771 = fmul float %177, %743
	%772 = fmul float %178, %739
	%773 = fmul float %179, %739
	%774 = fmul float %180, %743
	%775 = fmul float %181, %743
	%776 = fmul float %183, %739
	%777 = fmul float %185, %743
	br label %778

778:
	%779 = phi float [ %150, %softmax ], [ %744, %735 ]
	%780 = phi float [ %151, %softmax ], [ %745, %735 ]
	%781 = phi float [ %152, %softmax ], [ %746, %735 ]
	%782 = phi float [ %153, %softmax ], [ %747, %735 ]
	%783 = phi float [ %154, %softmax ], [ %748, %735 ]
	%784 = phi float [ %155, %softmax ], [ %749, %735 ]
	%785 = phi float [ %156, %softmax ], [ %750, %735 ]
	%786 = phi float [ %157, %softmax ], [ %751, %735 ]
	%787 = phi float [ %158, %softmax ], [ %752, %735 ]
	%788 = phi float [ %159, %softmax ], [ %753, %735 ]
	%789 = phi float [ %160, %softmax ], [ %754, %735 ]
	%790 = phi float [ %161, %softmax ], [ %755, %735 ]
	%791 = phi float [ %162, %softmax ], [ %756, %735 ]
	%792 = phi float [ %163, %softmax ], [ %757, %735 ]
	%793 = phi float [ %164, %softmax ], [ %758, %735 ]
	%794 = phi float [ %165, %softmax ], [ %759, %735 ]
	%795 = phi float [ %166, %softmax ], [ %760, %735 ]
	%796 = phi float [ %167, %softmax ], [ %761, %735 ]
	%797 = phi float [ %168, %softmax ], [ %762, %735 ]
	%798 = phi float [ %169, %softmax ], [ %763, %735 ]
	%799 = phi float [ %170, %softmax ], [ %764, %735 ]
	%800 = phi float [ %171, %softmax ], [ %765, %735 ]
	%801 = phi float [ %172, %softmax ], [ %766, %735 ]
	%802 = phi float [ %173, %softmax ], [ %767, %735 ]
	%803 = phi float [ %174, %softmax ], [ %768, %735 ]
	%804 = phi float [ %175, %softmax ], [ %769, %735 ]
	%805 = phi float [ %176, %softmax ], [ %770, %735 ]
	%806 = phi float [ %177, %softmax ], [ %771, %735 ]
	%807 = phi float [ %178, %softmax ], [ %772, %735 ]
	%808 = phi float [ %179, %softmax ], [ %773, %735 ]
	%809 = phi float [ %180, %softmax ], [ %774, %735 ]
	%810 = phi float [ %181, %softmax ], [ %775, %735 ]
	%811 = phi float [ %183, %softmax ], [ %776, %735 ]
	%812 = phi float [ %185, %softmax ], [ %777, %735 ]
	%813 = select i1 %734, float %706, float %182
	%814 = fcmp oeq float %813, 0xFFF0000000000000
	%815 = select i1 %814, float 0.0, float %813
	%816 = fneg float %815
	%817 = call float @llvm.fma.f32(float %654, float 0x3FC7154760000000, float %816)
	%818 = call float @llvm.nvvm.ex2.approx.ftz.f(float %817)
	%819 = call float @llvm.fma.f32(float %655, float 0x3FC7154760000000, float %816)
	%820 = call float @llvm.nvvm.ex2.approx.ftz.f(float %819)
	%821 = call float @llvm.fma.f32(float %658, float 0x3FC7154760000000, float %816)
	%822 = call float @llvm.nvvm.ex2.approx.ftz.f(float %821)
	%823 = call float @llvm.fma.f32(float %659, float 0x3FC7154760000000, float %816)
	%824 = call float @llvm.nvvm.ex2.approx.ftz.f(float %823)
	%825 = call float @llvm.fma.f32(float %662, float 0x3FC7154760000000, float %816)
	%826 = call float @llvm.nvvm.ex2.approx.ftz.f(float %825)
	%827 = call float @llvm.fma.f32(float %663, float 0x3FC7154760000000, float %816)
	%828 = call float @llvm.nvvm.ex2.approx.ftz.f(float %827)
	%829 = call float @llvm.fma.f32(float %666, float 0x3FC7154760000000, float %816)
	%830 = call float @llvm.nvvm.ex2.approx.ftz.f(float %829)
	%831 = call float @llvm.fma.f32(float %667, float 0x3FC7154760000000, float %816)
	%832 = call float @llvm.nvvm.ex2.approx.ftz.f(float %831)
	%833 = call float @llvm.fma.f32(float %670, float 0x3FC7154760000000, float %816)
	%834 = call float @llvm.nvvm.ex2.approx.ftz.f(float %833)
	%835 = call float @llvm.fma.f32(float %671, float 0x3FC7154760000000, float %816)
	%836 = call float @llvm.nvvm.ex2.approx.ftz.f(float %835)
	%837 = call float @llvm.fma.f32(float %674, float 0x3FC7154760000000, float %816)
	%838 = call float @llvm.nvvm.ex2.approx.ftz.f(float %837)
	%839 = call float @llvm.fma.f32(float %675, float 0x3FC7154760000000, float %816)
	%840 = call float @llvm.nvvm.ex2.approx.ftz.f(float %839)
	%841 = call float @llvm.fma.f32(float %678, float 0x3FC7154760000000, float %816)
	%842 = call float @llvm.nvvm.ex2.approx.ftz.f(float %841)
	%843 = call float @llvm.fma.f32(float %679, float 0x3FC7154760000000, float %816)
	%844 = call float @llvm.nvvm.ex2.approx.ftz.f(float %843)
	%845 = call float @llvm.fma.f32(float %682, float 0x3FC7154760000000, float %816)
	%846 = call float @llvm.nvvm.ex2.approx.ftz.f(float %845)
	%847 = call float @llvm.fma.f32(float %683, float 0x3FC7154760000000, float %816)
	%848 = call float @llvm.nvvm.ex2.approx.ftz.f(float %847)
	%849 = fadd float %818, %820
	%850 = fadd float %822, %824
	%851 = fadd float %826, %828
	%852 = fadd float %830, %832
	%853 = fadd float %834, %836
	%854 = fadd float %838, %840
	%855 = fadd float %842, %844
	%856 = fadd float %846, %848
	%857 = fadd float %849, %850
	%858 = fadd float %851, %852
	%859 = fadd float %853, %854
	%860 = fadd float %855, %856
	%861 = fadd float %857, %858
	%862 = fadd float %859, %860
	%863 = fadd float %861, %862
	%864 = fadd float %811, %863
	%865 = select i1 %734, float %730, float %184
	%866 = fcmp oeq float %865, 0xFFF0000000000000
	%867 = select i1 %866, float 0.0, float %865
	%868 = fneg float %867
	%869 = call float @llvm.fma.f32(float %656, float 0x3FC7154760000000, float %868)
	%870 = call float @llvm.nvvm.ex2.approx.ftz.f(float %869)
	%871 = call float @llvm.fma.f32(float %657, float 0x3FC7154760000000, float %868)
	%872 = call float @llvm.nvvm.ex2.approx.ftz.f(float %871)
	%873 = call float @llvm.fma.f32(float %660, float 0x3FC7154760000000, float %868)
	%874 = call float @llvm.nvvm.ex2.approx.ftz.f(float %873)
	%875 = call float @llvm.fma.f32(float %661, float 0x3FC7154760000000, float %868)
	%876 = call float @llvm.nvvm.ex2.approx.ftz.f(float %875)
	%877 = call float @llvm.fma.f32(float %664, float 0x3FC7154760000000, float %868)
	%878 = call float @llvm.nvvm.ex2.approx.ftz.f(float %877)
	%879 = call float @llvm.fma.f32(float %665, float 0x3FC7154760000000, float %868)
	%880 = call float @llvm.nvvm.ex2.approx.ftz.f(float %879)
	%881 = call float @llvm.fma.f32(float %668, float 0x3FC7154760000000, float %868)
	%882 = call float @llvm.nvvm.ex2.approx.ftz.f(float %881)
	%883 = call float @llvm.fma.f32(float %669, float 0x3FC7154760000000, float %868)
	%884 = call float @llvm.nvvm.ex2.approx.ftz.f(float %883)
	%885 = call float @llvm.fma.f32(float %672, float 0x3FC7154760000000, float %868)
	%886 = call float @llvm.nvvm.ex2.approx.ftz.f(float %885)
	%887 = call float @llvm.fma.f32(float %673, float 0x3FC7154760000000, float %868)
	%888 = call float @llvm.nvvm.ex2.approx.ftz.f(float %887)
	%889 = call float @llvm.fma.f32(float %676, float 0x3FC7154760000000, float %868)
	%890 = call float @llvm.nvvm.ex2.approx.ftz.f(float %889)
	%891 = call float @llvm.fma.f32(float %677, float 0x3FC7154760000000, float %868)
	%892 = call float @llvm.nvvm.ex2.approx.ftz.f(float %891)
	%893 = call float @llvm.fma.f32(float %680, float 0x3FC7154760000000, float %868)
	%894 = call float @llvm.nvvm.ex2.approx.ftz.f(float %893)
	%895 = call float @llvm.fma.f32(float %681, float 0x3FC7154760000000, float %868)
	%896 = call float @llvm.nvvm.ex2.approx.ftz.f(float %895)
	%897 = call float @llvm.fma.f32(float %684, float 0x3FC7154760000000, float %868)
	%898 = call float @llvm.nvvm.ex2.approx.ftz.f(float %897)
	%899 = call float @llvm.fma.f32(float %685, float 0x3FC7154760000000, float %868)
	%900 = call float @llvm.nvvm.ex2.approx.ftz.f(float %899)
	%901 = fadd float %870, %872
	%902 = fadd float %874, %876
	%903 = fadd float %878, %880
	%904 = fadd float %882, %884
	%905 = fadd float %886, %888
	%906 = fadd float %890, %892
	%907 = fadd float %894, %896
	%908 = fadd float %898, %900
	%909 = fadd float %901, %902
	%910 = fadd float %903, %904
	%911 = fadd float %905, %906
	%912 = fadd float %907, %908
	%913 = fadd float %909, %910
	%914 = fadd float %911, %912
	%915 = fadd float %913, %914
	%916 = fadd float %812, %915
	%917 = add i32 %148, 1
	%918 = icmp slt i32 %917, %NK
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %36, %919
	%921 = sext i32 %920 to i64
	%922 = getelementptr i32, i32* %list, i64 %921
	%923 = load i32, i32* %922
	%924 = select i1 %918, i32 %923, i32 -1
	%925 = icmp sge i32 %924, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %925, label %prefetch, label %pv

prefetch:
	%926 = mul i32 %924, 64
	%927 = lshr i32 %9, 3
	%928 = and i32 %9, 7
	%929 = lshr i32 %928, 3
	%930 = mul i32 %929, u0x2000
	%931 = and i32 %928, 7
	%932 = and i32 %927, 7
	%933 = xor i32 %931, %932
	%934 = mul i32 %927, 128
	%935 = shl i32 %933, 4
	%936 = add i32 %934, %935
	%937 = add i32 %930, %936
	%938 = add i32 %0, %937
	%939 = add i32 %926, %927
	%940 = mul i32 %939, 64
	%941 = mul i32 %928, 8
	%942 = add i32 %940, %941
	%943 = sext i32 %942 to i64
	%944 = getelementptr i16, i16* %27, i64 %943
	%945 = add i32 %939, 0
	%946 = icmp slt i32 %945, %N
	%947 = getelementptr i16, i16* %944, i64 0
	%948 = select i1 %946, i16* %947, i16* %27
	%949 = add i32 %938, 0
	%950 = select i1 %946, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %949, i16* %948, i32 %950)
	%951 = add i32 %939, 16
	%952 = icmp slt i32 %951, %N
	%953 = getelementptr i16, i16* %944, i64 1024
	%954 = select i1 %952, i16* %953, i16* %27
	%955 = add i32 %938, 2048
	%956 = select i1 %952, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %955, i16* %954, i32 %956)
	%957 = add i32 %939, 32
	%958 = icmp slt i32 %957, %N
	%959 = getelementptr i16, i16* %944, i64 2048
	%960 = select i1 %958, i16* %959, i16* %27
	%961 = add i32 %938, u0x1000
	%962 = select i1 %958, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %961, i16* %960, i32 %962)
	%963 = add i32 %939, 48
	%964 = icmp slt i32 %963, %N
	%965 = getelementptr i16, i16* %944, i64 3072
	%966 = select i1 %964, i16* %965, i16* %27
	%967 = add i32 %938, 6144
	%968 = select i1 %964, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %967, i16* %966, i32 %968)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%969 = and i32 %11, 7
	%970 = lshr i32 %11, 3
	%971 = and i32 %970, 1
	%972 = shl i32 %971, 3
	%973 = add i32 %969, %972
	%974 = mul i32 %973, 128
	%975 = add i32 %1, %974
	%976 = and i32 %11, 7
	%977 = xor i32 %95, %976
	%978 = shl i32 %977, 4
	%979 = add i32 %975, %978
	%980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %820, float %818)
	%981 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %872, float %870)
	%982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %824, float %822)
	%983 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %876, float %874)
	%984 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %828, float %826)
	%985 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %880, float %878)
	%986 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %832, float %830)
	%987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %884, float %882)
	%988 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %836, float %834)
	%989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %888, float %886)
	%990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %840, float %838)
	%991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %892, float %890)
	%992 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %844, float %842)
	%993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %896, float %894)
	%994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %848, float %846)
	%995 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %900, float %898)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%996 = add i32 %8, 0
	%997 = zext i32 %996 to i64
	%998 = or i64 %997, u0x4000004002000000
	%999 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %779, float %780, float %781, float %782, float %783, float %784, float %785, float %786, float %787, float %788, float %789, float %790, float %791, float %792, float %793, float %794, float %795, float %796, float %797, float %798, float %799, float %800, float %801, float %802, float %803, float %804, float %805, float %806, float %807, float %808, float %809, float %810, i32 %980, i32 %981, i32 %982, i32 %983, i64 %998, i32 1)
	%1000 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 0
	%1001 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 1
	%1002 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 2
	%1003 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 3
	%1004 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 4
	%1005 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 5
	%1006 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 6
	%1007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 7
	%1008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 8
	%1009 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 9
	%1010 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 10
	%1011 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 11
	%1012 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 12
	%1013 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 13
	%1014 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 14
	%1015 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 15
	%1016 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 16
	%1017 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 17
	%1018 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 18
	%1019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 19
	%1020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 20
	%1021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 21
	%1022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 22
	%1023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 23
	%1024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 24
	%1025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 25
	%1026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 26
	%1027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 27
	%1028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 28
	%1029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 29
	%1030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 30
	%1031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 31
	%1032 = add i32 %8, 128
	%1033 = zext i32 %1032 to i64
	%1034 = or i64 %1033, u0x4000004002000000
	%1035 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1000, float %1001, float %1002, float %1003, float %1004, float %1005, float %1006, float %1007, float %1008, float %1009, float %1010, float %1011, float %1012, float %1013, float %1014, float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, i32 %984, i32 %985, i32 %986, i32 %987, i64 %1034, i32 1)
	%1036 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 0
	%1037 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 1
	%1038 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 2
	%1039 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 3
	%1040 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 4
	%1041 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 5
	%1042 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 6
	%1043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 7
	%1044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 8
	%1045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 9
	%1046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 10
	%1047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 11
	%1048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 12
	%1049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 13
	%1050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 14
	%1051 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 15
	%1052 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 16
	%1053 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 17
	%1054 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 18
	%1055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 19
	%1056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 20
	%1057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 21
	%1058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 22
	%1059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 23
	%1060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 24
	%1061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 25
	%1062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 26
	%1063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 27
	%1064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 28
	%1065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 29
	%1066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 30
	%1067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 31
	%1068 = add i32 %8, 256
	%1069 = zext i32 %1068 to i64
	%1070 = or i64 %1069, u0x4000004002000000
	%1071 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, float %1061, float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, i32 %988, i32 %989, i32 %990, i32 %991, i64 %1070, i32 1)
	%1072 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 0
	%1073 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 1
	%1074 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 2
	%1075 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 3
	%1076 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 4
	%1077 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 5
	%1078 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 6
	%1079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 7
	%1080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 8
	%1081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 9
	%1082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 10
	%1083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 11
	%1084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 12
	%1085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 13
	%1086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 14
	%1087 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 15
	%1088 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 16
	%1089 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 17
	%1090 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 18
	%1091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 19
	%1092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 20
	%1093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 21
	%1094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 22
	%1095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 23
	%1096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 24
	%1097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 25
	%1098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 26
	%1099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 27
	%1100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 28
	%1101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 29
	%1102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 30
	%1103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 31
	%1104 = add i32 %8, 384
	%1105 = zext i32 %1104 to i64
	%1106 = or i64 %1105, u0x4000004002000000
	%1107 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1072, float %1073, float %1074, float %1075, float %1076, float %1077, float %1078, float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, float %1087, float %1088, float %1089, float %1090, float %1091, float %1092, float %1093, float %1094, float %1095, float %1096, float %1097, float %1098, float %1099, float %1100, float %1101, float %1102, float %1103, i32 %992, i32 %993, i32 %994, i32 %995, i64 %1106, i32 1)
	%1108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 0
	%1109 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 1
	%1110 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 2
	%1111 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 3
	%1112 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 4
	%1113 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 5
	%1114 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 6
	%1115 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 7
	%1116 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 8
	%1117 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 9
	%1118 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 10
	%1119 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 11
	%1120 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 12
	%1121 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 13
	%1122 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 14
	%1123 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 15
	%1124 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 16
	%1125 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 17
	%1126 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 18
	%1127 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 19
	%1128 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 20
	%1129 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 21
	%1130 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 22
	%1131 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 23
	%1132 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 24
	%1133 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 25
	%1134 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 26
	%1135 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 27
	%1136 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 28
	%1137 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 29
	%1138 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 30
	%1139 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1140 = call float asm sideeffect "", "=f,0"(float %1108)
	%1141 = call float asm sideeffect "", "=f,0"(float %1109)
	%1142 = call float asm sideeffect "", "=f,0"(float %1110)
	%1143 = call float asm sideeffect "", "=f,0"(float %1111)
	%1144 = call float asm sideeffect "", "=f,0"(float %1112)
	%1145 = call float asm sideeffect "", "=f,0"(float %1113)
	%1146 = call float asm sideeffect "", "=f,0"(float %1114)
	%1147 = call float asm sideeffect "", "=f,0"(float %1115)
	%1148 = call float asm sideeffect "", "=f,0"(float %1116)
	%1149 = call float asm sideeffect "", "=f,0"(float %1117)
	%1150 = call float asm sideeffect "", "=f,0"(float %1118)
	%1151 = call float asm sideeffect "", "=f,0"(float %1119)
	%1152 = call float asm sideeffect "", "=f,0"(float %1120)
	%1153 = call float asm sideeffect "", "=f,0"(float %1121)
	%1154 = call float asm sideeffect "", "=f,0"(float %1122)
	%1155 = call float asm sideeffect "", "=f,0"(float %1123)
	%1156 = call float asm sideeffect "", "=f,0"(float %1124)
	%1157 = call float asm sideeffect "", "=f,0"(float %1125)
	%1158 = call float asm sideeffect "", "=f,0"(float %1126)
	%1159 = call float asm sideeffect "", "=f,0"(float %1127)
	%1160 = call float asm sideeffect "", "=f,0"(float %1128)
	%1161 = call float asm sideeffect "", "=f,0"(float %1129)
	%1162 = call float asm sideeffect "", "=f,0"(float %1130)
	%1163 = call float asm sideeffect "", "=f,0"(float %1131)
	%1164 = call float asm sideeffect "", "=f,0"(float %1132)
	%1165 = call float asm sideeffect "", "=f,0"(float %1133)
	%1166 = call float asm sideeffect "", "=f,0"(float %1134)
	%1167 = call float asm sideeffect "", "=f,0"(float %1135)
	%1168 = call float asm sideeffect "", "=f,0"(float %1136)
	%1169 = call float asm sideeffect "", "=f,0"(float %1137)
	%1170 = call float asm sideeffect "", "=f,0"(float %1138)
	%1171 = call float asm sideeffect "", "=f,0"(float %1139)
	br i1 %925, label %loop, label %epilogue

store0:
	%1172 = mul i32 %17, %M
	%1173 = add i32 %1172, %476
	%1174 = mul i32 %1173, 64
	%1175 = shl i32 %13, 1
	%1176 = add i32 0, %1175
	%1177 = add i32 %1174, %1176
	%1178 = sext i32 %1177 to i64
	%1179 = getelementptr float, float* %out, i64 %1178
	store float %477, float* %1179
	%1180 = getelementptr float, float* %1179, i32 1
	store float %478, float* %1180
	%1181 = shl i32 %13, 1
	%1182 = add i32 8, %1181
	%1183 = add i32 %1174, %1182
	%1184 = sext i32 %1183 to i64
	%1185 = getelementptr float, float* %out, i64 %1184
	store float %479, float* %1185
	%1186 = getelementptr float, float* %1185, i32 1
	store float %480, float* %1186
	%1187 = shl i32 %13, 1
	%1188 = add i32 16, %1187
	%1189 = add i32 %1174, %1188
	%1190 = sext i32 %1189 to i64
	%1191 = getelementptr float, float* %out, i64 %1190
	store float %481, float* %1191
	%1192 = getelementptr float, float* %1191, i32 1
	store float %482, float* %1192
	%1193 = shl i32 %13, 1
	%1194 = add i32 24, %1193
	%1195 = add i32 %1174, %1194
	%1196 = sext i32 %1195 to i64
	%1197 = getelementptr float, float* %out, i64 %1196
	store float %483, float* %1197
	%1198 = getelementptr float, float* %1197, i32 1
	store float %484, float* %1198
	%1199 = shl i32 %13, 1
	%1200 = add i32 32, %1199
	%1201 = add i32 %1174, %1200
	%1202 = sext i32 %1201 to i64
	%1203 = getelementptr float, float* %out, i64 %1202
	store float %485, float* %1203
	%1204 = getelementptr float, float* %1203, i32 1
	store float %486, float* %1204
	%1205 = shl i32 %13, 1
	%1206 = add i32 40, %1205
	%1207 = add i32 %1174, %1206
	%1208 = sext i32 %1207 to i64
	%1209 = getelementptr float, float* %out, i64 %1208
	store float %487, float* %1209
	%1210 = getelementptr float, float* %1209, i32 1
	store float %488, float* %1210
	%1211 = shl i32 %13, 1
	%1212 = add i32 48, %1211
	%1213 = add i32 %1174, %1212
	%1214 = sext i32 %1213 to i64
	%1215 = getelementptr float, float* %out, i64 %1214
	store float %489, float* %1215
	%1216 = getelementptr float, float* %1215, i32 1
	store float %490, float* %1216
	%1217 = shl i32 %13, 1
	%1218 = add i32 56, %1217
	%1219 = add i32 %1174, %1218
	%1220 = sext i32 %1219 to i64
	%1221 = getelementptr float, float* %out, i64 %1220
	store float %491, float* %1221
	%1222 = getelementptr float, float* %1221, i32 1
	store float %492, float* %1222
	br label %stored0

stored0:
	%1223 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 1, i32 31)
	%1224 = fadd float %432, %1223
	%1225 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1224, i32 2, i32 31)
	%1226 = fadd float %1224, %1225
	%1227 = fcmp ogt float %1226, 0.0
	%1228 = fdiv float 1.0, %1226
	%1229 = select i1 %1227, float %1228, float 0.0
	%1230 = mul i32 %10, 16
	%1231 = add i32 %19, %1230
	%1232 = add i32 %12, 8
	%1233 = add i32 %1231, %1232
	%1234 = fmul float %436, %1229
	%1235 = fmul float %437, %1229
	%1236 = fmul float %440, %1229
	%1237 = fmul float %441, %1229
	%1238 = fmul float %444, %1229
	%1239 = fmul float %445, %1229
	%1240 = fmul float %448, %1229
	%1241 = fmul float %449, %1229
	%1242 = fmul float %452, %1229
	%1243 = fmul float %453, %1229
	%1244 = fmul float %456, %1229
	%1245 = fmul float %457, %1229
	%1246 = fmul float %460, %1229
	%1247 = fmul float %461, %1229
	%1248 = fmul float %464, %1229
	%1249 = fmul float %465, %1229
	%1250 = icmp slt i32 %1233, %M
	br i1 %1250, label %store1, label %stored1

store1:
	%1251 = mul i32 %17, %M
	%1252 = add i32 %1251, %1233
	%1253 = mul i32 %1252, 64
	%1254 = shl i32 %13, 1
	%1255 = add i32 0, %1254
	%1256 = add i32 %1253, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %out, i64 %1257
	store float %1234, float* %1258
	%1259 = getelementptr float, float* %1258, i32 1
	store float %1235, float* %1259
	%1260 = shl i32 %13, 1
	%1261 = add i32 8, %1260
	%1262 = add i32 %1253, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %out, i64 %1263
	store float %1236, float* %1264
	%1265 = getelementptr float, float* %1264, i32 1
	store float %1237, float* %1265
	%1266 = shl i32 %13, 1
	%1267 = add i32 16, %1266
	%1268 = add i32 %1253, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %out, i64 %1269
	store float %1238, float* %1270
	%1271 = getelementptr float, float* %1270, i32 1
	store float %1239, float* %1271
	%1272 = shl i32 %13, 1
	%1273 = add i32 24, %1272
	%1274 = add i32 %1253, %1273
	%1275 = sext i32 %1274 to i64
	%1276 = getelementptr float, float* %out, i64 %1275
	store float %1240, float* %1276
	%1277 = getelementptr float, float* %1276, i32 1
	store float %1241, float* %1277
	%1278 = shl i32 %13, 1
	%1279 = add i32 32, %1278
	%1280 = add i32 %1253, %1279
	%1281 = sext i32 %1280 to i64
	%1282 = getelementptr float, float* %out, i64 %1281
	store float %1242, float* %1282
	%1283 = getelementptr float, float* %1282, i32 1
	store float %1243, float* %1283
	%1284 = shl i32 %13, 1
	%1285 = add i32 40, %1284
	%1286 = add i32 %1253, %1285
	%1287 = sext i32 %1286 to i64
	%1288 = getelementptr float, float* %out, i64 %1287
	store float %1244, float* %1288
	%1289 = getelementptr float, float* %1288, i32 1
	store float %1245, float* %1289
	%1290 = shl i32 %13, 1
	%1291 = add i32 48, %1290
	%1292 = add i32 %1253, %1291
	%1293 = sext i32 %1292 to i64
	%1294 = getelementptr float, float* %out, i64 %1293
	store float %1246, float* %1294
	%1295 = getelementptr float, float* %1294, i32 1
	store float %1247, float* %1295
	%1296 = shl i32 %13, 1
	%1297 = add i32 56, %1296
	%1298 = add i32 %1253, %1297
	%1299 = sext i32 %1298 to i64
	%1300 = getelementptr float, float* %out, i64 %1299
	store float %1248, float* %1300
	%1301 = getelementptr float, float* %1300, i32 1
	store float %1249, float* %1301
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 4}
