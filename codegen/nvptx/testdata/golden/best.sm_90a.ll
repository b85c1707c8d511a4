; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = sdiv i32 %141, 64
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = sub i32 %144, 1
	%146 = sdiv i32 %145, 64
	br label %147

147:
	%148 = phi i32 [ %0, %116 ], [ %192, %178 ]
	%149 = phi float [ 0.0, %116 ], [ %191, %178 ]
	%150 = icmp slt i32 %148, %16
	br i1 %150, label %151, label %159

151:
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	%153 = load i32, i32 addrspace(3)* %152
	%154 = bitcast i32 %153 to float
	%155 = fcmp oge float %154, 0.0
	%156 = fmul float %154, %140
	%157 = select i1 %155, float %156, float -1.0
	%158 = icmp slt i32 %148, %NK
	br i1 %158, label %174, label %178

159:
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %149, i32 16, i32 31)
	%161 = fadd float %149, %160
	%162 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %161, i32 8, i32 31)
	%163 = fadd float %161, %162
	%164 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %163, i32 4, i32 31)
	%165 = fadd float %163, %164
	%166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %165, i32 2, i32 31)
	%167 = fadd float %165, %166
	%168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 1, i32 31)
	%169 = fadd float %167, %168
	%170 = lshr i32 %0, 5
	%171 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%172 = icmp eq i32 %171, 0
	%173 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %170
	br i1 %172, label %193, label %194

174:
	%175 = add i32 %11, %148
	%176 = sext i32 %175 to i64
	%177 = getelementptr float, float* %e, i64 %176
	store float %157, float* %177
	br label %178

178:
	%179 = icmp sge i32 %148, %142
	%180 = icmp sle i32 %148, %146
	%181 = and i1 %179, %180
	%182 = or i1 false, %181
	%183 = icmp eq i32 %148, 0
	%184 = or i1 %182, %183
	%185 = bitcast float %157 to i32
	%186 = add i32 %185, 2
	%187 = select i1 %184, i32 1, i32 %186
	%188 = select i1 %155, i32 %187, i32 0
	%189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	store i32 %188, i32 addrspace(3)* %189
	%190 = uitofp i1 %155 to float
	%191 = fadd float %149, %190
	%192 = add i32 %148, 256
	br label %147

193:
	store float %169, float addrspace(3)* %173
	br label %194

194:
	call void @llvm.nvvm.barrier0()
	%195 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%198 = load float, float addrspace(3)* %197
	%199 = fadd float %196, %198
	%200 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%201 = load float, float addrspace(3)* %200
	%202 = fadd float %199, %201
	%203 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%204 = load float, float addrspace(3)* %203
	%205 = fadd float %202, %204
	%206 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%207 = load float, float addrspace(3)* %206
	%208 = fadd float %205, %207
	%209 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%210 = load float, float addrspace(3)* %209
	%211 = fadd float %208, %210
	%212 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%213 = load float, float addrspace(3)* %212
	%214 = fadd float %211, %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = fptosi float %217 to i32
	%219 = icmp eq i32 %0, 0
	br i1 %219, label %220, label %224

220:
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%222 = load i32, i32 addrspace(3)* %221
	%223 = icmp eq i32 %222, 1
	br i1 %223, label %231, label %239

224:
	call void @llvm.nvvm.barrier0()
	%225 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%226 = load i32, i32 addrspace(3)* %225
	%227 = sub i32 %218, %226
	%228 = mul i32 %2, %NQ
	%229 = add i32 %228, %1
	%230 = icmp eq i32 %0, 0
	br i1 %230, label %285, label %293

231:
	%232 = add i32 %13, 0
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %list, i64 %233
	store i32 0, i32* %234
	%235 = add i32 %13, %NK
	%236 = add i32 %235, 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %list, i64 %237
	store i32 1, i32* %238
	br label %239

239:
	%240 = add i32 %11, 0
	%241 = sext i32 %240 to i64
	%242 = getelementptr float, float* %e, i64 %241
	%243 = load float, float* %242
	%244 = add i32 0, 1
	%245 = select i1 %223, i32 %244, i32 0
	%246 = fpext float %243 to double
	%247 = fadd double 0.0, %246
	%248 = select i1 %223, double %247, double 0.0
	%249 = icmp sgt i32 %142, 1
	%250 = select i1 %249, i32 %142, i32 1
	%251 = add i32 %146, 1
	%252 = icmp slt i32 %251, %NK
	%253 = select i1 %252, i32 %251, i32 %NK
	br label %254

254:
	%255 = phi i32 [ %250, %239 ], [ %284, %274 ]
	%256 = phi i32 [ %245, %239 ], [ %280, %274 ]
	%257 = phi double [ %248, %239 ], [ %283, %274 ]
	%258 = icmp slt i32 %255, %253
	br i1 %258, label %259, label %263

259:
	%260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %255
	%261 = load i32, i32 addrspace(3)* %260
	%262 = icmp eq i32 %261, 1
	br i1 %262, label %266, label %274

263:
	%264 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %256, i32 addrspace(3)* %264
	%265 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %257, double addrspace(3)* %265
	br label %224

266:
	%267 = add i32 %13, %256
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	store i32 %255, i32* %269
	%270 = add i32 %13, %NK
	%271 = add i32 %270, %256
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %list, i64 %272
	store i32 1, i32* %273
	br label %274

274:
	%275 = add i32 %11, %255
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	%278 = load float, float* %277
	%279 = add i32 %256, 1
	%280 = select i1 %262, i32 %279, i32 %256
	%281 = fpext float %278 to double
	%282 = fadd double %257, %281
	%283 = select i1 %262, double %282, double %257
	%284 = add i32 %255, 1
	br label %254

285:
	%286 = mul i32 %229, 2
	%287 = sext i32 %286 to i64
	%288 = getelementptr i32, i32* %cnt, i64 %287
	store i32 %218, i32* %288
	%289 = mul i32 %229, 2
	%290 = add i32 %289, 1
	%291 = sext i32 %290 to i64
	%292 = getelementptr i32, i32* %cnt, i64 %291
	store i32 %226, i32* %292
	br label %293

293:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 24
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 24
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 24
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 24
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 24
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 24
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 24
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 24
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 16
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 16
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 16
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 16
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 16
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 16
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 16
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 16
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 8
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 8
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 8
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 8
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 8
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 8
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 8
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 8
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 0
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 0
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 0
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 0
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 0
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 0
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 0
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 0
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = sdiv i32 %20, 64
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = sub i32 %23, 1
	%25 = sdiv i32 %24, 64
	%26 = icmp slt i32 %16, %NQ
	br i1 %26, label %27, label %28

27:
	br label %41

28:
	%29 = mul i32 %1, 8
	%30 = add i32 %29, 1
	%31 = mul i32 %2, %NQ
	%32 = add i32 %31, %30
	%33 = mul i32 %32, %NK
	%34 = mul i32 %30, 64
	%35 = sdiv i32 %34, 64
	%36 = add i32 %30, 1
	%37 = mul i32 %36, 64
	%38 = sub i32 %37, 1
	%39 = sdiv i32 %38, 64
	%40 = icmp slt i32 %30, %NQ
	br i1 %40, label %151, label %152

41:
	%42 = phi i32 [ %0, %27 ], [ %92, %87 ]
	%43 = phi i32 [ 0, %27 ], [ %91, %87 ]
	%44 = icmp slt i32 %42, %14
	br i1 %44, label %45, label %47

45:
	%46 = icmp slt i32 %42, %NK
	br i1 %46, label %71, label %87

47:
	%48 = and i32 %0, 31
	%49 = lshr i32 %0, 5
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %43, i32 1, i32 0)
	%51 = icmp uge i32 %48, 1
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %43, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 2, i32 0)
	%55 = icmp uge i32 %48, 2
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %57, i32 4, i32 0)
	%59 = icmp uge i32 %48, 4
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 %57, %60
	%62 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %61, i32 8, i32 0)
	%63 = icmp uge i32 %48, 8
	%64 = select i1 %63, i32 %62, i32 0
	%65 = add i32 %61, %64
	%66 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %65, i32 16, i32 0)
	%67 = icmp uge i32 %48, 16
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %65, %68
	%70 = icmp eq i32 %48, 31
	br i1 %70, label %93, label %95

71:
	%72 = add i32 %19, %42
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = fcmp oge float %75, 0.0
	%77 = icmp sge i32 %42, %21
	%78 = icmp sle i32 %42, %25
	%79 = and i1 %77, %78
	%80 = or i1 false, %79
	%81 = icmp eq i32 %42, 0
	%82 = or i1 %80, %81
	%83 = bitcast float %75 to i32
	%84 = add i32 %83, 2
	%85 = select i1 %82, i32 1, i32 %84
	%86 = select i1 %76, i32 %85, i32 0
	br label %87

87:
	%88 = phi i32 [ 0, %45 ], [ %86, %71 ]
	%89 = icmp eq i32 %88, %7
	%90 = zext i1 %89 to i32
	%91 = add i32 %43, %90
	%92 = add i32 %42, 256
	br label %41

93:
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %49
	store i32 %69, i32 addrspace(3)* %94
	br label %95

95:
	call void @llvm.nvvm.barrier0()
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %49, 0
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 0, %99
	%101 = add i32 0, %97
	%102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%103 = load i32, i32 addrspace(3)* %102
	%104 = icmp sgt i32 %49, 1
	%105 = select i1 %104, i32 %103, i32 0
	%106 = add i32 %100, %105
	%107 = add i32 %101, %103
	%108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%109 = load i32, i32 addrspace(3)* %108
	%110 = icmp sgt i32 %49, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %106, %111
	%113 = add i32 %107, %109
	%114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%115 = load i32, i32 addrspace(3)* %114
	%116 = icmp sgt i32 %49, 3
	%117 = select i1 %116, i32 %115, i32 0
	%118 = add i32 %112, %117
	%119 = add i32 %113, %115
	%120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%121 = load i32, i32 addrspace(3)* %120
	%122 = icmp sgt i32 %49, 4
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %118, %123
	%125 = add i32 %119, %121
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %49, 5
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = add i32 %125, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %49, 6
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %49, 7
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = add i32 %142, %69
	%145 = sub i32 %144, %43
	%146 = icmp eq i32 %0, 0
	br i1 %146, label %147, label %150

147:
	%148 = sext i32 %18 to i64
	%149 = getelementptr i32, i32* %ties, i64 %148
	store i32 %143, i32* %149
	br label %150

150:
	br label %28

151:
	br label %165

152:
	%153 = mul i32 %1, 8
	%154 = add i32 %153, 2
	%155 = mul i32 %2, %NQ
	%156 = add i32 %155, %154
	%157 = mul i32 %156, %NK
	%158 = mul i32 %154, 64
	%159 = sdiv i32 %158, 64
	%160 = add i32 %154, 1
	%161 = mul i32 %160, 64
	%162 = sub i32 %161, 1
	%163 = sdiv i32 %162, 64
	%164 = icmp slt i32 %154, %NQ
	br i1 %164, label %275, label %276

165:
	%166 = phi i32 [ %0, %151 ], [ %216, %211 ]
	%167 = phi i32 [ 0, %151 ], [ %215, %211 ]
	%168 = icmp slt i32 %166, %14
	br i1 %168, label %169, label %171

169:
	%170 = icmp slt i32 %166, %NK
	br i1 %170, label %195, label %211

171:
	%172 = and i32 %0, 31
	%173 = lshr i32 %0, 5
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %167, i32 1, i32 0)
	%175 = icmp uge i32 %172, 1
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %167, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 2, i32 0)
	%179 = icmp uge i32 %172, 2
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 4, i32 0)
	%183 = icmp uge i32 %172, 4
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %185, i32 8, i32 0)
	%187 = icmp uge i32 %172, 8
	%188 = select i1 %187, i32 %186, i32 0
	%189 = add i32 %185, %188
	%190 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %189, i32 16, i32 0)
	%191 = icmp uge i32 %172, 16
	%192 = select i1 %191, i32 %190, i32 0
	%193 = add i32 %189, %192
	%194 = icmp eq i32 %172, 31
	br i1 %194, label %217, label %219

195:
	%196 = add i32 %33, %166
	%197 = sext i32 %196 to i64
	%198 = getelementptr float, float* %e, i64 %197
	%199 = load float, float* %198
	%200 = fcmp oge float %199, 0.0
	%201 = icmp sge i32 %166, %35
	%202 = icmp sle i32 %166, %39
	%203 = and i1 %201, %202
	%204 = or i1 false, %203
	%205 = icmp eq i32 %166, 0
	%206 = or i1 %204, %205
	%207 = bitcast float %199 to i32
	%208 = add i32 %207, 2
	%209 = select i1 %206, i32 1, i32 %208
	%210 = select i1 %200, i32 %209, i32 0
	br label %211

211:
	%212 = phi i32 [ 0, %169 ], [ %210, %195 ]
	%213 = icmp eq i32 %212, %7
	%214 = zext i1 %213 to i32
	%215 = add i32 %167, %214
	%216 = add i32 %166, 256
	br label %165

217:
	%218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %173
	store i32 %193, i32 addrspace(3)* %218
	br label %219

219:
	call void @llvm.nvvm.barrier0()
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %173, 0
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 0, %223
	%225 = add i32 0, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %173, 1
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %173, 2
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%239 = load i32, i32 addrspace(3)* %238
	%240 = icmp sgt i32 %173, 3
	%241 = select i1 %240, i32 %239, i32 0
	%242 = add i32 %236, %241
	%243 = add i32 %237, %239
	%244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%245 = load i32, i32 addrspace(3)* %244
	%246 = icmp sgt i32 %173, 4
	%247 = select i1 %246, i32 %245, i32 0
	%248 = add i32 %242, %247
	%249 = add i32 %243, %245
	%250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%251 = load i32, i32 addrspace(3)* %250
	%252 = icmp sgt i32 %173, 5
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %248, %253
	%255 = add i32 %249, %251
	%256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%257 = load i32, i32 addrspace(3)* %256
	%258 = icmp sgt i32 %173, 6
	%259 = select i1 %258, i32 %257, i32 0
	%260 = add i32 %254, %259
	%261 = add i32 %255, %257
	%262 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%263 = load i32, i32 addrspace(3)* %262
	%264 = icmp sgt i32 %173, 7
	%265 = select i1 %264, i32 %263, i32 0
	%266 = add i32 %260, %265
	%267 = add i32 %261, %263
	%268 = add i32 %266, %193
	%269 = sub i32 %268, %167
	%270 = icmp eq i32 %0, 0
	br i1 %270, label %271, label %274

271:
	%272 = sext i32 %32 to i64
	%273 = getelementptr i32, i32* %ties, i64 %272
	store i32 %267, i32* %273
	br label %274

274:
	br label %152

275:
	br label %289

276:
	%277 = mul i32 %1, 8
	%278 = add i32 %277, 3
	%279 = mul i32 %2, %NQ
	%280 = add i32 %279, %278
	%281 = mul i32 %280, %NK
	%282 = mul i32 %278, 64
	%283 = sdiv i32 %282, 64
	%284 = add i32 %278, 1
	%285 = mul i32 %284, 64
	%286 = sub i32 %285, 1
	%287 = sdiv i32 %286, 64
	%288 = icmp slt i32 %278, %NQ
	br i1 %288, label %399, label %400

289:
	%290 = phi i32 [ %0, %275 ], [ %340, %335 ]
	%291 = phi i32 [ 0, %275 ], [ %339, %335 ]
	%292 = icmp slt i32 %290, %14
	br i1 %292, label %293, label %295

293:
	%294 = icmp slt i32 %290, %NK
	br i1 %294, label %319, label %335

295:
	%296 = and i32 %0, 31
	%297 = lshr i32 %0, 5
	%298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %291, i32 1, i32 0)
	%299 = icmp uge i32 %296, 1
	%300 = select i1 %299, i32 %298, i32 0
	%301 = add i32 %291, %300
	%302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %301, i32 2, i32 0)
	%303 = icmp uge i32 %296, 2
	%304 = select i1 %303, i32 %302, i32 0
	%305 = add i32 %301, %304
	%306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %305, i32 4, i32 0)
	%307 = icmp uge i32 %296, 4
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %305, %308
	%310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %309, i32 8, i32 0)
	%311 = icmp uge i32 %296, 8
	%312 = select i1 %311, i32 %310, i32 0
	%313 = add i32 %309, %312
	%314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %313, i32 16, i32 0)
	%315 = icmp uge i32 %296, 16
	%316 = select i1 %315, i32 %314, i32 0
	%317 = add i32 %313, %316
	%318 = icmp eq i32 %296, 31
	br i1 %318, label %341, label %343

319:
	%320 = add i32 %157, %290
	%321 = sext i32 %320 to i64
	%322 = getelementptr float, float* %e, i64 %321
	%323 = load float, float* %322
	%324 = fcmp oge float %323, 0.0
	%325 = icmp sge i32 %290, %159
	%326 = icmp sle i32 %290, %163
	%327 = and i1 %325, %326
	%328 = or i1 false, %327
	%329 = icmp eq i32 %290, 0
	%330 = or i1 %328, %329
	%331 = bitcast float %323 to i32
	%332 = add i32 %331, 2
	%333 = select i1 %330, i32 1, i32 %332
	%334 = select i1 %324, i32 %333, i32 0
	br label %335

335:
	%336 = phi i32 [ 0, %293 ], [ %334, %319 ]
	%337 = icmp eq i32 %336, %7
	%338 = zext i1 %337 to i32
	%339 = add i32 %291, %338
	%340 = add i32 %290, 256
	br label %289

341:
	%342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %297
	store i32 %317, i32 addrspace(3)* %342
	br label %343

343:
	call void @llvm.nvvm.barrier0()
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %297, 0
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 0, %347
	%349 = add i32 0, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %297, 1
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %297, 2
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %297, 3
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp sgt i32 %297, 4
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %366, %371
	%373 = add i32 %367, %369
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%375 = load i32, i32 addrspace(3)* %374
	%376 = icmp sgt i32 %297, 5
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %372, %377
	%379 = add i32 %373, %375
	%380 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%381 = load i32, i32 addrspace(3)* %380
	%382 = icmp sgt i32 %297, 6
	%383 = select i1 %382, i32 %381, i32 0
	%384 = add i32 %378, %383
	%385 = add i32 %379, %381
	%386 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%387 = load i32, i32 addrspace(3)* %386
	%388 = icmp sgt i32 %297, 7
	%389 = select i1 %388, i32 %387, i32 0
	%390 = add i32 %384, %389
	%391 = add i32 %385, %387
	%392 = add i32 %390, %317
	%393 = sub i32 %392, %291
	%394 = icmp eq i32 %0, 0
	br i1 %394, label %395, label %398

395:
	%396 = sext i32 %156 to i64
	%397 = getelementptr i32, i32* %ties, i64 %396
	store i32 %391, i32* %397
	br label %398

398:
	br label %276

399:
	br label %413

400:
	%401 = mul i32 %1, 8
	%402 = add i32 %401, 4
	%403 = mul i32 %2, %NQ
	%404 = add i32 %403, %402
	%405 = mul i32 %404, %NK
	%406 = mul i32 %402, 64
	%407 = sdiv i32 %406, 64
	%408 = add i32 %402, 1
	%409 = mul i32 %408, 64
	%410 = sub i32 %409, 1
	%411 = sdiv i32 %410, 64
	%412 = icmp slt i32 %402, %NQ
	br i1 %412, label %523, label %524

413:
	%414 = phi i32 [ %0, %399 ], [ %464, %459 ]
	%415 = phi i32 [ 0, %399 ], [ %463, %459 ]
	%416 = icmp slt i32 %414, %14
	br i1 %416, label %417, label %419

417:
	%418 = icmp slt i32 %414, %NK
	br i1 %418, label %443, label %459

419:
	%420 = and i32 %0, 31
	%421 = lshr i32 %0, 5
	%422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %415, i32 1, i32 0)
	%423 = icmp uge i32 %420, 1
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %415, %424
	%426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 2, i32 0)
	%427 = icmp uge i32 %420, 2
	%428 = select i1 %427, i32 %426, i32 0
	%429 = add i32 %425, %428
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %429, i32 4, i32 0)
	%431 = icmp uge i32 %420, 4
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %429, %432
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %433, i32 8, i32 0)
	%435 = icmp uge i32 %420, 8
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %433, %436
	%438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %437, i32 16, i32 0)
	%439 = icmp uge i32 %420, 16
	%440 = select i1 %439, i32 %438, i32 0
	%441 = add i32 %437, %440
	%442 = icmp eq i32 %420, 31
	br i1 %442, label %465, label %467

443:
	%444 = add i32 %281, %414
	%445 = sext i32 %444 to i64
	%446 = getelementptr float, float* %e, i64 %445
	%447 = load float, float* %446
	%448 = fcmp oge float %447, 0.0
	%449 = icmp sge i32 %414, %283
	%450 = icmp sle i32 %414, %287
	%451 = and i1 %449, %450
	%452 = or i1 false, %451
	%453 = icmp eq i32 %414, 0
	%454 = or i1 %452, %453
	%455 = bitcast float %447 to i32
	%456 = add i32 %455, 2
	%457 = select i1 %454, i32 1, i32 %456
	%458 = select i1 %448, i32 %457, i32 0
	br label %459

459:
	%460 = phi i32 [ 0, %417 ], [ %458, %443 ]
	%461 = icmp eq i32 %460, %7
	%462 = zext i1 %461 to i32
	%463 = add i32 %415, %462
	%464 = add i32 %414, 256
	br label %413

465:
	%466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %421
	store i32 %441, i32 addrspace(3)* %466
	br label %467

467:
	call void @llvm.nvvm.barrier0()
	%468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%469 = load i32, i32 addrspace(3)* %468
	%470 = icmp sgt i32 %421, 0
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 0, %471
	%473 = add i32 0, %469
	%474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp sgt i32 %421, 1
	%477 = select i1 %476, i32 %475, i32 0
	%478 = add i32 %472, %477
	%479 = add i32 %473, %475
	%480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%481 = load i32, i32 addrspace(3)* %480
	%482 = icmp sgt i32 %421, 2
	%483 = select i1 %482, i32 %481, i32 0
	%484 = add i32 %478, %483
	%485 = add i32 %479, %481
	%486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%487 = load i32, i32 addrspace(3)* %486
	%488 = icmp sgt i32 %421, 3
	%489 = select i1 %488, i32 %487, i32 0
	%490 = add i32 %484, %489
	%491 = add i32 %485, %487
	%492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%493 = load i32, i32 addrspace(3)* %492
	%494 = icmp sgt i32 %421, 4
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %490, %495
	%497 = add i32 %491, %493
	%498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp sgt i32 %421, 5
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %496, %501
	%503 = add i32 %497, %499
	%504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp sgt i32 %421, 6
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = add i32 %503, %505
	%510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%511 = load i32, i32 addrspace(3)* %510
	%512 = icmp sgt i32 %421, 7
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %508, %513
	%515 = add i32 %509, %511
	%516 = add i32 %514, %441
	%517 = sub i32 %516, %415
	%518 = icmp eq i32 %0, 0
	br i1 %518, label %519, label %522

519:
	%520 = sext i32 %280 to i64
	%521 = getelementptr i32, i32* %ties, i64 %520
	store i32 %515, i32* %521
	br label %522

522:
	br label %400

523:
	br label %537

524:
	%525 = mul i32 %1, 8
	%526 = add i32 %525, 5
	%527 = mul i32 %2, %NQ
	%528 = add i32 %527, %526
	%529 = mul i32 %528, %NK
	%530 = mul i32 %526, 64
	%531 = sdiv i32 %530, 64
	%532 = add i32 %526, 1
	%533 = mul i32 %532, 64
	%534 = sub i32 %533, 1
	%535 = sdiv i32 %534, 64
	%536 = icmp slt i32 %526, %NQ
	br i1 %536, label %647, label %648

537:
	%538 = phi i32 [ %0, %523 ], [ %588, %583 ]
	%539 = phi i32 [ 0, %523 ], [ %587, %583 ]
	%540 = icmp slt i32 %538, %14
	br i1 %540, label %541, label %543

541:
	%542 = icmp slt i32 %538, %NK
	br i1 %542, label %567, label %583

543:
	%544 = and i32 %0, 31
	%545 = lshr i32 %0, 5
	%546 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %539, i32 1, i32 0)
	%547 = icmp uge i32 %544, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %539, %548
	%550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %549, i32 2, i32 0)
	%551 = icmp uge i32 %544, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %549, %552
	%554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %553, i32 4, i32 0)
	%555 = icmp uge i32 %544, 4
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %553, %556
	%558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %557, i32 8, i32 0)
	%559 = icmp uge i32 %544, 8
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %557, %560
	%562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %561, i32 16, i32 0)
	%563 = icmp uge i32 %544, 16
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %561, %564
	%566 = icmp eq i32 %544, 31
	br i1 %566, label %589, label %591

567:
	%568 = add i32 %405, %538
	%569 = sext i32 %568 to i64
	%570 = getelementptr float, float* %e, i64 %569
	%571 = load float, float* %570
	%572 = fcmp oge float %571, 0.0
	%573 = icmp sge i32 %538, %407
	%574 = icmp sle i32 %538, %411
	%575 = and i1 %573, %574
	%576 = or i1 false, %575
	%577 = icmp eq i32 %538, 0
	%578 = or i1 %576, %577
	%579 = bitcast float %571 to i32
	%580 = add i32 %579, 2
	%581 = select i1 %578, i32 1, i32 %580
	%582 = select i1 %572, i32 %581, i32 0
	br label %583

583:
	%584 = phi i32 [ 0, %541 ], [ %582, %567 ]
	%585 = icmp eq i32 %584, %7
	%586 = zext i1 %585 to i32
	%587 = add i32 %539, %586
	%588 = add i32 %538, 256
	br label %537

589:
	%590 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %545
	store i32 %565, i32 addrspace(3)* %590
	br label %591

591:
	call void @llvm.nvvm.barrier0()
	%592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%593 = load i32, i32 addrspace(3)* %592
	%594 = icmp sgt i32 %545, 0
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 0, %595
	%597 = add i32 0, %593
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %545, 1
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %596, %601
	%603 = add i32 %597, %599
	%604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%605 = load i32, i32 addrspace(3)* %604
	%606 = icmp sgt i32 %545, 2
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = add i32 %603, %605
	%610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp sgt i32 %545, 3
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %608, %613
	%615 = add i32 %609, %611
	%616 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%617 = load i32, i32 addrspace(3)* %616
	%618 = icmp sgt i32 %545, 4
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %614, %619
	%621 = add i32 %615, %617
	%622 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%623 = load i32, i32 addrspace(3)* %622
	%624 = icmp sgt i32 %545, 5
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %620, %625
	%627 = add i32 %621, %623
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp sgt i32 %545, 6
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %626, %631
	%633 = add i32 %627, %629
	%634 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%635 = load i32, i32 addrspace(3)* %634
	%636 = icmp sgt i32 %545, 7
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %632, %637
	%639 = add i32 %633, %635
	%640 = add i32 %638, %565
	%641 = sub i32 %640, %539
	%642 = icmp eq i32 %0, 0
	br i1 %642, label %643, label %646

643:
	%644 = sext i32 %404 to i64
	%645 = getelementptr i32, i32* %ties, i64 %644
	store i32 %639, i32* %645
	br label %646

646:
	br label %524

647:
	br label %661

648:
	%649 = mul i32 %1, 8
	%650 = add i32 %649, 6
	%651 = mul i32 %2, %NQ
	%652 = add i32 %651, %650
	%653 = mul i32 %652, %NK
	%654 = mul i32 %650, 64
	%655 = sdiv i32 %654, 64
	%656 = add i32 %650, 1
	%657 = mul i32 %656, 64
	%658 = sub i32 %657, 1
	%659 = sdiv i32 %658, 64
	%660 = icmp slt i32 %650, %NQ
	br i1 %660, label %771, label %772

661:
	%662 = phi i32 [ %0, %647 ], [ %712, %707 ]
	%663 = phi i32 [ 0, %647 ], [ %711, %707 ]
	%664 = icmp slt i32 %662, %14
	br i1 %664, label %665, label %667

665:
	%666 = icmp slt i32 %662, %NK
	br i1 %666, label %691, label %707

667:
	%668 = and i32 %0, 31
	%669 = lshr i32 %0, 5
	%670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 1, i32 0)
	%671 = icmp uge i32 %668, 1
	%672 = select i1 %671, i32 %670, i32 0
	%673 = add i32 %663, %672
	%674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %673, i32 2, i32 0)
	%675 = icmp uge i32 %668, 2
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %673, %676
	%678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %677, i32 4, i32 0)
	%679 = icmp uge i32 %668, 4
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %677, %680
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %681, i32 8, i32 0)
	%683 = icmp uge i32 %668, 8
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %681, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 16, i32 0)
	%687 = icmp uge i32 %668, 16
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = icmp eq i32 %668, 31
	br i1 %690, label %713, label %715

691:
	%692 = add i32 %529, %662
	%693 = sext i32 %692 to i64
	%694 = getelementptr float, float* %e, i64 %693
	%695 = load float, float* %694
	%696 = fcmp oge float %695, 0.0
	%697 = icmp sge i32 %662, %531
	%698 = icmp sle i32 %662, %535
	%699 = and i1 %697, %698
	%700 = or i1 false, %699
	%701 = icmp eq i32 %662, 0
	%702 = or i1 %700, %701
	%703 = bitcast float %695 to i32
	%704 = add i32 %703, 2
	%705 = select i1 %702, i32 1, i32 %704
	%706 = select i1 %696, i32 %705, i32 0
	br label %707

707:
	%708 = phi i32 [ 0, %665 ], [ %706, %691 ]
	%709 = icmp eq i32 %708, %7
	%710 = zext i1 %709 to i32
	%711 = add i32 %663, %710
	%712 = add i32 %662, 256
	br label %661

713:
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %669
	store i32 %689, i32 addrspace(3)* %714
	br label %715

715:
	call void @llvm.nvvm.barrier0()
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %669, 0
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 0, %719
	%721 = add i32 0, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %669, 1
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %669, 2
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %669, 3
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %669, 4
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%747 = load i32, i32 addrspace(3)* %746
	%748 = icmp sgt i32 %669, 5
	%749 = select i1 %748, i32 %747, i32 0
	%750 = add i32 %744, %749
	%751 = add i32 %745, %747
	%752 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%753 = load i32, i32 addrspace(3)* %752
	%754 = icmp sgt i32 %669, 6
	%755 = select i1 %754, i32 %753, i32 0
	%756 = add i32 %750, %755
	%757 = add i32 %751, %753
	%758 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%759 = load i32, i32 addrspace(3)* %758
	%760 = icmp sgt i32 %669, 7
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %756, %761
	%763 = add i32 %757, %759
	%764 = add i32 %762, %689
	%765 = sub i32 %764, %663
	%766 = icmp eq i32 %0, 0
	br i1 %766, label %767, label %770

767:
	%768 = sext i32 %528 to i64
	%769 = getelementptr i32, i32* %ties, i64 %768
	store i32 %763, i32* %769
	br label %770

770:
	br label %648

771:
	br label %785

772:
	%773 = mul i32 %1, 8
	%774 = add i32 %773, 7
	%775 = mul i32 %2, %NQ
	%776 = add i32 %775, %774
	%777 = mul i32 %776, %NK
	%778 = mul i32 %774, 64
	%779 = sdiv i32 %778, 64
	%780 = add i32 %774, 1
	%781 = mul i32 %780, 64
	%782 = sub i32 %781, 1
	%783 = sdiv i32 %782, 64
	%784 = icmp slt i32 %774, %NQ
	br i1 %784, label %895, label %896

785:
	%786 = phi i32 [ %0, %771 ], [ %836, %831 ]
	%787 = phi i32 [ 0, %771 ], [ %835, %831 ]
	%788 = icmp slt i32 %786, %14
	br i1 %788, label %789, label %791

789:
	%790 = icmp slt i32 %786, %NK
	br i1 %790, label %815, label %831

791:
	%792 = and i32 %0, 31
	%793 = lshr i32 %0, 5
	%794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %787, i32 1, i32 0)
	%795 = icmp uge i32 %792, 1
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %787, %796
	%798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 2, i32 0)
	%799 = icmp uge i32 %792, 2
	%800 = select i1 %799, i32 %798, i32 0
	%801 = add i32 %797, %800
	%802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %801, i32 4, i32 0)
	%803 = icmp uge i32 %792, 4
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %801, %804
	%806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 8, i32 0)
	%807 = icmp uge i32 %792, 8
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %805, %808
	%810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %809, i32 16, i32 0)
	%811 = icmp uge i32 %792, 16
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %809, %812
	%814 = icmp eq i32 %792, 31
	br i1 %814, label %837, label %839

815:
	%816 = add i32 %653, %786
	%817 = sext i32 %816 to i64
	%818 = getelementptr float, float* %e, i64 %817
	%819 = load float, float* %818
	%820 = fcmp oge float %819, 0.0
	%821 = icmp sge i32 %786, %655
	%822 = icmp sle i32 %786, %659
	%823 = and i1 %821, %822
	%824 = or i1 false, %823
	%825 = icmp eq i32 %786, 0
	%826 = or i1 %824, %825
	%827 = bitcast float %819 to i32
	%828 = add i32 %827, 2
	%829 = select i1 %826, i32 1, i32 %828
	%830 = select i1 %820, i32 %829, i32 0
	br label %831

831:
	%832 = phi i32 [ 0, %789 ], [ %830, %815 ]
	%833 = icmp eq i32 %832, %7
	%834 = zext i1 %833 to i32
	%835 = add i32 %787, %834
	%836 = add i32 %786, 256
	br label %785

837:
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %793
	store i32 %813, i32 addrspace(3)* %838
	br label %839

839:
	call void @llvm.nvvm.barrier0()
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %793, 0
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 0, %843
	%845 = add i32 0, %841
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %793, 1
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %844, %849
	%851 = add i32 %845, %847
	%852 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%853 = load i32, i32 addrspace(3)* %852
	%854 = icmp sgt i32 %793, 2
	%855 = select i1 %854, i32 %853, i32 0
	%856 = add i32 %850, %855
	%857 = add i32 %851, %853
	%858 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%859 = load i32, i32 addrspace(3)* %858
	%860 = icmp sgt i32 %793, 3
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %856, %861
	%863 = add i32 %857, %859
	%864 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%865 = load i32, i32 addrspace(3)* %864
	%866 = icmp sgt i32 %793, 4
	%867 = select i1 %866, i32 %865, i32 0
	%868 = add i32 %862, %867
	%869 = add i32 %863, %865
	%870 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%871 = load i32, i32 addrspace(3)* %870
	%872 = icmp sgt i32 %793, 5
	%873 = select i1 %872, i32 %871, i32 0
	%874 = add i32 %868, %873
	%875 = add i32 %869, %871
	%876 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp sgt i32 %793, 6
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %874, %879
	%881 = add i32 %875, %877
	%882 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%883 = load i32, i32 addrspace(3)* %882
	%884 = icmp sgt i32 %793, 7
	%885 = select i1 %884, i32 %883, i32 0
	%886 = add i32 %880, %885
	%887 = add i32 %881, %883
	%888 = add i32 %886, %813
	%889 = sub i32 %888, %787
	%890 = icmp eq i32 %0, 0
	br i1 %890, label %891, label %894

891:
	%892 = sext i32 %652 to i64
	%893 = getelementptr i32, i32* %ties, i64 %892
	store i32 %887, i32* %893
	br label %894

894:
	br label %772

895:
	br label %897

896:
	ret void

897:
	%898 = phi i32 [ %0, %895 ], [ %948, %943 ]
	%899 = phi i32 [ 0, %895 ], [ %947, %943 ]
	%900 = icmp slt i32 %898, %14
	br i1 %900, label %901, label %903

901:
	%902 = icmp slt i32 %898, %NK
	br i1 %902, label %927, label %943

903:
	%904 = and i32 %0, 31
	%905 = lshr i32 %0, 5
	%906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %899, i32 1, i32 0)
	%907 = icmp uge i32 %904, 1
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %899, %908
	%910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %909, i32 2, i32 0)
	%911 = icmp uge i32 %904, 2
	%912 = select i1 %911, i32 %910, i32 0
	%913 = add i32 %909, %912
	%914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %913, i32 4, i32 0)
	%915 = icmp uge i32 %904, 4
	%916 = select i1 %915, i32 %914, i32 0
	%917 = add i32 %913, %916
	%918 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %917, i32 8, i32 0)
	%919 = icmp uge i32 %904, 8
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 %917, %920
	%922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %921, i32 16, i32 0)
	%923 = icmp uge i32 %904, 16
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %921, %924
	%926 = icmp eq i32 %904, 31
	br i1 %926, label %949, label %951

927:
	%928 = add i32 %777, %898
	%929 = sext i32 %928 to i64
	%930 = getelementptr float, float* %e, i64 %929
	%931 = load float, float* %930
	%932 = fcmp oge float %931, 0.0
	%933 = icmp sge i32 %898, %779
	%934 = icmp sle i32 %898, %783
	%935 = and i1 %933, %934
	%936 = or i1 false, %935
	%937 = icmp eq i32 %898, 0
	%938 = or i1 %936, %937
	%939 = bitcast float %931 to i32
	%940 = add i32 %939, 2
	%941 = select i1 %938, i32 1, i32 %940
	%942 = select i1 %932, i32 %941, i32 0
	br label %943

943:
	%944 = phi i32 [ 0, %901 ], [ %942, %927 ]
	%945 = icmp eq i32 %944, %7
	%946 = zext i1 %945 to i32
	%947 = add i32 %899, %946
	%948 = add i32 %898, 256
	br label %897

949:
	%950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %905
	store i32 %925, i32 addrspace(3)* %950
	br label %951

951:
	call void @llvm.nvvm.barrier0()
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %905, 0
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 0, %955
	%957 = add i32 0, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %905, 1
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %905, 2
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %905, 3
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %905, 4
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%983 = load i32, i32 addrspace(3)* %982
	%984 = icmp sgt i32 %905, 5
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %980, %985
	%987 = add i32 %981, %983
	%988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%989 = load i32, i32 addrspace(3)* %988
	%990 = icmp sgt i32 %905, 6
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %986, %991
	%993 = add i32 %987, %989
	%994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%995 = load i32, i32 addrspace(3)* %994
	%996 = icmp sgt i32 %905, 7
	%997 = select i1 %996, i32 %995, i32 0
	%998 = add i32 %992, %997
	%999 = add i32 %993, %995
	%1000 = add i32 %998, %925
	%1001 = sub i32 %1000, %899
	%1002 = icmp eq i32 %0, 0
	br i1 %1002, label %1003, label %1006

1003:
	%1004 = sext i32 %776 to i64
	%1005 = getelementptr i32, i32* %ties, i64 %1004
	store i32 %999, i32* %1005
	br label %1006

1006:
	br label %896
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = sdiv i32 %19, 64
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = sub i32 %22, 1
	%24 = sdiv i32 %23, 64
	br label %25

25:
	%26 = phi i32 [ %0, %entry ], [ %62, %59 ]
	%27 = icmp slt i32 %26, %16
	br i1 %27, label %28, label %30

28:
	%29 = icmp slt i32 %26, %NK
	br i1 %29, label %43, label %59

30:
	%31 = mul i32 0, 8
	%32 = sext i32 %31 to i64
	%33 = getelementptr i32, i32* %state, i64 %32
	%34 = load i32, i32* %33
	%35 = sext i32 %18 to i64
	%36 = getelementptr i32, i32* %ties, i64 %35
	%37 = load i32, i32* %36
	%38 = mul i32 %18, 2
	%39 = add i32 %38, 1
	%40 = sext i32 %39 to i64
	%41 = getelementptr i32, i32* %cnt, i64 %40
	%42 = load i32, i32* %41
	call void @llvm.nvvm.barrier0()
	br label %63

43:
	%44 = add i32 %11, %26
	%45 = sext i32 %44 to i64
	%46 = getelementptr float, float* %e, i64 %45
	%47 = load float, float* %46
	%48 = fcmp oge float %47, 0.0
	%49 = icmp sge i32 %26, %20
	%50 = icmp sle i32 %26, %24
	%51 = and i1 %49, %50
	%52 = or i1 false, %51
	%53 = icmp eq i32 %26, 0
	%54 = or i1 %52, %53
	%55 = bitcast float %47 to i32
	%56 = add i32 %55, 2
	%57 = select i1 %54, i32 1, i32 %56
	%58 = select i1 %48, i32 %57, i32 0
	br label %59

59:
	%60 = phi i32 [ 0, %28 ], [ %58, %43 ]
	%61 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %26
	store i32 %60, i32 addrspace(3)* %61
	%62 = add i32 %26, 256
	br label %25

63:
	%64 = phi i32 [ 0, %30 ], [ %246, %243 ]
	%65 = phi i32 [ 0, %30 ], [ %244, %243 ]
	%66 = phi i32 [ 0, %30 ], [ %245, %243 ]
	%67 = icmp slt i32 %64, %16
	br i1 %67, label %68, label %97

68:
	%69 = add i32 %64, %0
	%70 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %69
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp eq i32 %71, %34
	%73 = zext i1 %72 to i32
	%74 = and i32 %0, 31
	%75 = lshr i32 %0, 5
	%76 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %73, i32 1, i32 0)
	%77 = icmp uge i32 %74, 1
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 2, i32 0)
	%81 = icmp uge i32 %74, 2
	%82 = select i1 %81, i32 %80, i32 0
	%83 = add i32 %79, %82
	%84 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %83, i32 4, i32 0)
	%85 = icmp uge i32 %74, 4
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %83, %86
	%88 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %87, i32 8, i32 0)
	%89 = icmp uge i32 %74, 8
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %87, %90
	%92 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %91, i32 16, i32 0)
	%93 = icmp uge i32 %74, 16
	%94 = select i1 %93, i32 %92, i32 0
	%95 = add i32 %91, %94
	%96 = icmp eq i32 %74, 31
	br i1 %96, label %105, label %107

97:
	call void @llvm.nvvm.barrier0()
	%98 = sub i32 %66, 1
	%99 = call i32 @llvm.ctlz.i32(i32 %98, i1 false)
	%100 = icmp sgt i32 %66, 1
	%101 = sub i32 32, %99
	%102 = select i1 %100, i32 %101, i32 0
	%103 = shl i32 1, %102
	%104 = add i32 %66, %0
	br label %247

105:
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %75
	store i32 %95, i32 addrspace(3)* %106
	br label %107

107:
	call void @llvm.nvvm.barrier0()
	%108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%109 = load i32, i32 addrspace(3)* %108
	%110 = icmp sgt i32 %75, 0
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 0, %111
	%113 = add i32 0, %109
	%114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%115 = load i32, i32 addrspace(3)* %114
	%116 = icmp sgt i32 %75, 1
	%117 = select i1 %116, i32 %115, i32 0
	%118 = add i32 %112, %117
	%119 = add i32 %113, %115
	%120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%121 = load i32, i32 addrspace(3)* %120
	%122 = icmp sgt i32 %75, 2
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %118, %123
	%125 = add i32 %119, %121
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %75, 3
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = add i32 %125, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %75, 4
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %75, 5
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%145 = load i32, i32 addrspace(3)* %144
	%146 = icmp sgt i32 %75, 6
	%147 = select i1 %146, i32 %145, i32 0
	%148 = add i32 %142, %147
	%149 = add i32 %143, %145
	%150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%151 = load i32, i32 addrspace(3)* %150
	%152 = icmp sgt i32 %75, 7
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = add i32 %149, %151
	%156 = add i32 %154, %95
	%157 = sub i32 %156, %73
	%158 = icmp ugt i32 %71, %34
	%159 = add i32 %65, %157
	%160 = icmp slt i32 %159, %37
	%161 = and i1 %72, %160
	%162 = or i1 %158, %161
	%163 = zext i1 %162 to i32
	%164 = and i32 %0, 31
	%165 = lshr i32 %0, 5
	%166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %163, i32 1, i32 0)
	%167 = icmp uge i32 %164, 1
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %169, i32 2, i32 0)
	%171 = icmp uge i32 %164, 2
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %169, %172
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %173, i32 4, i32 0)
	%175 = icmp uge i32 %164, 4
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %173, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 8, i32 0)
	%179 = icmp uge i32 %164, 8
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 16, i32 0)
	%183 = icmp uge i32 %164, 16
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = icmp eq i32 %164, 31
	br i1 %186, label %187, label %189

187:
	%188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %165
	store i32 %185, i32 addrspace(3)* %188
	br label %189

189:
	call void @llvm.nvvm.barrier0()
	%190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%191 = load i32, i32 addrspace(3)* %190
	%192 = icmp sgt i32 %165, 0
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 0, %193
	%195 = add i32 0, %191
	%196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%197 = load i32, i32 addrspace(3)* %196
	%198 = icmp sgt i32 %165, 1
	%199 = select i1 %198, i32 %197, i32 0
	%200 = add i32 %194, %199
	%201 = add i32 %195, %197
	%202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%203 = load i32, i32 addrspace(3)* %202
	%204 = icmp sgt i32 %165, 2
	%205 = select i1 %204, i32 %203, i32 0
	%206 = add i32 %200, %205
	%207 = add i32 %201, %203
	%208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%209 = load i32, i32 addrspace(3)* %208
	%210 = icmp sgt i32 %165, 3
	%211 = select i1 %210, i32 %209, i32 0
	%212 = add i32 %206, %211
	%213 = add i32 %207, %209
	%214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%215 = load i32, i32 addrspace(3)* %214
	%216 = icmp sgt i32 %165, 4
	%217 = select i1 %216, i32 %215, i32 0
	%218 = add i32 %212, %217
	%219 = add i32 %213, %215
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %165, 5
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 %218, %223
	%225 = add i32 %219, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %165, 6
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %165, 7
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = add i32 %236, %185
	%239 = sub i32 %238, %163
	br i1 %162, label %240, label %243

240:
	%241 = add i32 %66, %239
	%242 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %241
	store i32 %69, i32 addrspace(3)* %242
	br label %243

243:
	%244 = add i32 %65, %155
	%245 = add i32 %66, %237
	%246 = add i32 %64, 256
	br label %63

247:
	%248 = phi i32 [ %104, %97 ], [ %252, %250 ]
	%249 = icmp slt i32 %248, %103
	br i1 %249, label %250, label %253

250:
	%251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %248
	store i32 -1, i32 addrspace(3)* %251
	%252 = add i32 %248, 256
	br label %247

253:
	call void @llvm.nvvm.barrier0()
	%254 = add i32 %102, 1
	br label %255

255:
	%256 = phi i32 [ 1, %253 ], [ %269, %268 ]
	%257 = icmp slt i32 %256, %254
	br i1 %257, label %258, label %260

258:
	%259 = shl i32 1, %256
	br label %261

260:
	br label %307

261:
	%262 = phi i32 [ 0, %258 ], [ %277, %276 ]
	%263 = icmp slt i32 %262, %256
	br i1 %263, label %264, label %268

264:
	%265 = sub i32 %256, 1
	%266 = sub i32 %265, %262
	%267 = shl i32 1, %266
	br label %270

268:
	%269 = add i32 %256, 1
	br label %255

270:
	%271 = phi i32 [ %0, %264 ], [ %302, %301 ]
	%272 = icmp slt i32 %271, %103
	br i1 %272, label %273, label %276

273:
	%274 = xor i32 %271, %267
	%275 = icmp sgt i32 %274, %271
	br i1 %275, label %278, label %301

276:
	call void @llvm.nvvm.barrier0()
	%277 = add i32 %262, 1
	br label %261

278:
	%279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %271
	%280 = load i32, i32 addrspace(3)* %279
	%281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %274
	%282 = load i32, i32 addrspace(3)* %281
	%283 = and i32 %271, %259
	%284 = icmp eq i32 %283, 0
	%285 = icmp sge i32 %282, 0
	%286 = select i1 %285, i32 %282, i32 0
	%287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %286
	%288 = load i32, i32 addrspace(3)* %287
	%289 = select i1 %285, i32 %288, i32 0
	%290 = icmp sge i32 %280, 0
	%291 = select i1 %290, i32 %280, i32 0
	%292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %291
	%293 = load i32, i32 addrspace(3)* %292
	%294 = select i1 %290, i32 %293, i32 0
	%295 = icmp ugt i32 %289, %294
	%296 = icmp eq i32 %289, %294
	%297 = icmp slt i32 %282, %280
	%298 = and i1 %296, %297
	%299 = or i1 %295, %298
	%300 = icmp eq i1 %299, %284
	br i1 %300, label %303, label %306

301:
	%302 = add i32 %271, 256
	br label %270

303:
	%304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %271
	store i32 %282, i32 addrspace(3)* %304
	%305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %274
	store i32 %280, i32 addrspace(3)* %305
	br label %306

306:
	br label %301

307:
	%308 = phi i32 [ %0, %260 ], [ %321, %310 ]
	%309 = icmp slt i32 %308, %66
	br i1 %309, label %310, label %322

310:
	%311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %308
	%312 = load i32, i32 addrspace(3)* %311
	%313 = add i32 %42, %308
	%314 = add i32 %13, %313
	%315 = sext i32 %314 to i64
	%316 = getelementptr i32, i32* %list, i64 %315
	store i32 %312, i32* %316
	%317 = add i32 %13, %NK
	%318 = add i32 %317, %313
	%319 = sext i32 %318 to i64
	%320 = getelementptr i32, i32* %list, i64 %319
	store i32 0, i32* %320
	%321 = add i32 %308, 256
	br label %307

322:
	%323 = add i32 %42, %66
	%324 = add i32 %323, %0
	br label %325

325:
	%326 = phi i32 [ %324, %322 ], [ %336, %328 ]
	%327 = icmp slt i32 %326, %NK
	br i1 %327, label %328, label %337

328:
	%329 = add i32 %13, %326
	%330 = sext i32 %329 to i64
	%331 = getelementptr i32, i32* %list, i64 %330
	store i32 -1, i32* %331
	%332 = add i32 %13, %NK
	%333 = add i32 %332, %326
	%334 = sext i32 %333 to i64
	%335 = getelementptr i32, i32* %list, i64 %334
	store i32 -1, i32* %335
	%336 = add i32 %326, 256
	br label %325

337:
	ret void
}

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 64
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 64
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = mul i32 %12, %NK
	%36 = mul i32 %35, 64
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %kbar, i64 %37
	%39 = mul i32 %12, %NK
	%40 = mul i32 %39, 64
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %vbar, i64 %41
	%43 = mul i32 %11, %NQ
	%44 = add i32 %43, %10
	%45 = mul i32 %44, %NK
	%46 = add i32 %30, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %3, 3
	%54 = and i32 %3, 7
	%55 = lshr i32 %54, 3
	%56 = mul i32 %55, u0x2000
	%57 = and i32 %54, 7
	%58 = and i32 %53, 7
	%59 = xor i32 %57, %58
	%60 = mul i32 %53, 128
	%61 = shl i32 %59, 4
	%62 = add i32 %60, %61
	%63 = add i32 %56, %62
	%64 = add i32 %2, %63
	%65 = add i32 %13, %53
	%66 = mul i32 %65, 64
	%67 = mul i32 %54, 8
	%68 = add i32 %66, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i16, i16* %17, i64 %69
	%71 = add i32 %65, 0
	%72 = icmp slt i32 %71, %M
	%73 = getelementptr i16, i16* %70, i64 0
	%74 = select i1 %72, i16* %73, i16* %17
	%75 = add i32 %64, 0
	%76 = select i1 %72, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %75, i16* %74, i32 %76)
	%77 = add i32 %65, 16
	%78 = icmp slt i32 %77, %M
	%79 = getelementptr i16, i16* %70, i64 1024
	%80 = select i1 %78, i16* %79, i16* %17
	%81 = add i32 %64, 2048
	%82 = select i1 %78, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %81, i16* %80, i32 %82)
	%83 = add i32 %65, 32
	%84 = icmp slt i32 %83, %M
	%85 = getelementptr i16, i16* %70, i64 2048
	%86 = select i1 %84, i16* %85, i16* %17
	%87 = add i32 %64, u0x1000
	%88 = select i1 %84, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %87, i16* %86, i32 %88)
	%89 = add i32 %65, 48
	%90 = icmp slt i32 %89, %M
	%91 = getelementptr i16, i16* %70, i64 3072
	%92 = select i1 %90, i16* %91, i16* %17
	%93 = add i32 %64, 6144
	%94 = select i1 %90, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %93, i16* %92, i32 %94)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%95 = and i32 %5, 7
	%96 = lshr i32 %5, 3
	%97 = and i32 %96, 1
	%98 = shl i32 %97, 3
	%99 = add i32 %95, %98
	%100 = lshr i32 %5, 4
	%101 = mul i32 %4, 16
	%102 = add i32 %99, 0
	%103 = add i32 %101, %102
	%104 = mul i32 %103, 128
	%105 = add i32 %2, %104
	%106 = and i32 %5, 7
	%107 = xor i32 %100, %106
	%108 = shl i32 %107, 4
	%109 = add i32 %105, %108
	%110 = icmp sge i32 %49, %NK
	%111 = select i1 %110, i16* %38, i16* %21
	%112 = sub i32 %49, %NK
	%113 = select i1 %110, i32 %112, i32 %49
	%114 = mul i32 %113, 64
	%115 = select i1 %110, i32 %NK, i32 %N
	%116 = lshr i32 %3, 3
	%117 = and i32 %3, 7
	%118 = lshr i32 %117, 3
	%119 = mul i32 %118, u0x2000
	%120 = and i32 %117, 7
	%121 = and i32 %116, 7
	%122 = xor i32 %120, %121
	%123 = mul i32 %116, 128
	%124 = shl i32 %122, 4
	%125 = add i32 %123, %124
	%126 = add i32 %119, %125
	%127 = add i32 %0, %126
	%128 = add i32 %114, %116
	%129 = mul i32 %128, 64
	%130 = mul i32 %117, 8
	%131 = add i32 %129, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr i16, i16* %111, i64 %132
	%134 = add i32 %128, 0
	%135 = icmp slt i32 %134, %115
	%136 = getelementptr i16, i16* %133, i64 0
	%137 = select i1 %135, i16* %136, i16* %111
	%138 = add i32 %127, 0
	%139 = select i1 %135, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %138, i16* %137, i32 %139)
	%140 = add i32 %128, 16
	%141 = icmp slt i32 %140, %115
	%142 = getelementptr i16, i16* %133, i64 1024
	%143 = select i1 %141, i16* %142, i16* %111
	%144 = add i32 %127, 2048
	%145 = select i1 %141, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %144, i16* %143, i32 %145)
	%146 = add i32 %128, 32
	%147 = icmp slt i32 %146, %115
	%148 = getelementptr i16, i16* %133, i64 2048
	%149 = select i1 %147, i16* %148, i16* %111
	%150 = add i32 %127, u0x1000
	%151 = select i1 %147, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %150, i16* %149, i32 %151)
	%152 = add i32 %128, 48
	%153 = icmp slt i32 %152, %115
	%154 = getelementptr i16, i16* %133, i64 3072
	%155 = select i1 %153, i16* %154, i16* %111
	%156 = add i32 %127, 6144
	%157 = select i1 %153, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %156, i16* %155, i32 %157)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%158 = phi i32 [ 0, %prologue ], [ %1435, %pv ]
	%159 = phi i32 [ %49, %prologue ], [ %1442, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %1703, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %1704, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1705, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1706, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1707, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1708, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1709, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1710, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1711, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1712, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1713, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1714, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1715, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1716, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1717, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1718, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1719, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1720, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1721, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1722, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1723, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1724, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1725, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1726, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1727, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1728, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1729, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1730, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1731, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1732, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1733, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1734, %pv ]
	%192 = phi float [ 0xFFF0000000000000, %prologue ], [ %1305, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1359, %pv ]
	%194 = phi float [ 0xFFF0000000000000, %prologue ], [ %1380, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1434, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%196 = mul i32 %159, 64
	%197 = icmp sge i32 %159, %NK
	%198 = select i1 %197, i16* %42, i16* %25
	%199 = sub i32 %159, %NK
	%200 = select i1 %197, i32 %199, i32 %159
	%201 = mul i32 %200, 64
	%202 = select i1 %197, i32 %NK, i32 %N
	%203 = lshr i32 %3, 3
	%204 = and i32 %3, 7
	%205 = lshr i32 %204, 3
	%206 = mul i32 %205, u0x2000
	%207 = and i32 %204, 7
	%208 = and i32 %203, 7
	%209 = xor i32 %207, %208
	%210 = mul i32 %203, 128
	%211 = shl i32 %209, 4
	%212 = add i32 %210, %211
	%213 = add i32 %206, %212
	%214 = add i32 %1, %213
	%215 = add i32 %201, %203
	%216 = mul i32 %215, 64
	%217 = mul i32 %204, 8
	%218 = add i32 %216, %217
	%219 = sext i32 %218 to i64
	%220 = getelementptr i16, i16* %198, i64 %219
	%221 = add i32 %215, 0
	%222 = icmp slt i32 %221, %202
	%223 = getelementptr i16, i16* %220, i64 0
	%224 = select i1 %222, i16* %223, i16* %198
	%225 = add i32 %214, 0
	%226 = select i1 %222, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %225, i16* %224, i32 %226)
	%227 = add i32 %215, 16
	%228 = icmp slt i32 %227, %202
	%229 = getelementptr i16, i16* %220, i64 1024
	%230 = select i1 %228, i16* %229, i16* %198
	%231 = add i32 %214, 2048
	%232 = select i1 %228, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %231, i16* %230, i32 %232)
	%233 = add i32 %215, 32
	%234 = icmp slt i32 %233, %202
	%235 = getelementptr i16, i16* %220, i64 2048
	%236 = select i1 %234, i16* %235, i16* %198
	%237 = add i32 %214, u0x1000
	%238 = select i1 %234, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %237, i16* %236, i32 %238)
	%239 = add i32 %215, 48
	%240 = icmp slt i32 %239, %202
	%241 = getelementptr i16, i16* %220, i64 3072
	%242 = select i1 %240, i16* %241, i16* %198
	%243 = add i32 %214, 6144
	%244 = select i1 %240, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %243, i16* %242, i32 %244)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%245 = add i32 %2, 0
	%246 = zext i32 %245 to i64
	%247 = lshr i64 %246, 4
	%248 = and i64 %247, u0x3FFF
	%249 = or i64 %248, u0x4000004000010000
	%250 = add i32 %0, 0
	%251 = zext i32 %250 to i64
	%252 = lshr i64 %251, 4
	%253 = and i64 %252, u0x3FFF
	%254 = or i64 %253, u0x4000004000010000
	%255 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %249, i64 %254, i32 1)
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 0
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 1
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 2
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 3
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 4
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 5
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 6
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 7
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 8
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 9
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 10
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 11
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 12
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 13
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 14
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 15
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 16
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 17
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 18
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 19
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 20
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 21
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 22
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 23
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 24
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 25
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 26
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 27
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 28
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 29
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 30
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %255, 31
	%288 = add i32 %2, 32
	%289 = zext i32 %288 to i64
	%290 = lshr i64 %289, 4
	%291 = and i64 %290, u0x3FFF
	%292 = or i64 %291, u0x4000004000010000
	%293 = add i32 %0, 32
	%294 = zext i32 %293 to i64
	%295 = lshr i64 %294, 4
	%296 = and i64 %295, u0x3FFF
	%297 = or i64 %296, u0x4000004000010000
	%298 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, float %286, float %287, i64 %292, i64 %297, i32 1)
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 0
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 1
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 2
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 3
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 4
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 5
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 6
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 7
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 8
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 9
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 10
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 11
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 12
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 13
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 14
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 15
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 16
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 17
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 18
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 19
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 20
	%320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 21
	%321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 22
	%322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 23
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 24
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 25
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 26
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 27
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 28
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 29
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 30
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %298, 31
	%331 = add i32 %2, 64
	%332 = zext i32 %331 to i64
	%333 = lshr i64 %332, 4
	%334 = and i64 %333, u0x3FFF
	%335 = or i64 %334, u0x4000004000010000
	%336 = add i32 %0, 64
	%337 = zext i32 %336 to i64
	%338 = lshr i64 %337, 4
	%339 = and i64 %338, u0x3FFF
	%340 = or i64 %339, u0x4000004000010000
	%341 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, i64 %335, i64 %340, i32 1)
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 0
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 1
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 2
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 3
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 4
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 5
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 6
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 7
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 8
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 9
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 10
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 11
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 12
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 13
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 14
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 15
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 16
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 17
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 18
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 19
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 20
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 21
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 22
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 23
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 24
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 25
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 26
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 27
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 28
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 29
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 30
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %341, 31
	%374 = add i32 %2, 96
	%375 = zext i32 %374 to i64
	%376 = lshr i64 %375, 4
	%377 = and i64 %376, u0x3FFF
	%378 = or i64 %377, u0x4000004000010000
	%379 = add i32 %0, 96
	%380 = zext i32 %379 to i64
	%381 = lshr i64 %380, 4
	%382 = and i64 %381, u0x3FFF
	%383 = or i64 %382, u0x4000004000010000
	%384 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, i64 %378, i64 %383, i32 1)
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 0
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 1
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 2
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 3
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 4
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 5
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 6
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 7
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 8
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 9
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 10
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 11
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 12
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 13
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 14
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 15
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 16
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 17
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 18
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 19
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 20
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 21
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 22
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 23
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 24
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 25
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 26
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 27
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 28
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 29
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 30
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %384, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = call float asm sideeffect "", "=f,0"(float %395)
	%428 = call float asm sideeffect "", "=f,0"(float %396)
	%429 = call float asm sideeffect "", "=f,0"(float %397)
	%430 = call float asm sideeffect "", "=f,0"(float %398)
	%431 = call float asm sideeffect "", "=f,0"(float %399)
	%432 = call float asm sideeffect "", "=f,0"(float %400)
	%433 = call float asm sideeffect "", "=f,0"(float %401)
	%434 = call float asm sideeffect "", "=f,0"(float %402)
	%435 = call float asm sideeffect "", "=f,0"(float %403)
	%436 = call float asm sideeffect "", "=f,0"(float %404)
	%437 = call float asm sideeffect "", "=f,0"(float %405)
	%438 = call float asm sideeffect "", "=f,0"(float %406)
	%439 = call float asm sideeffect "", "=f,0"(float %407)
	%440 = call float asm sideeffect "", "=f,0"(float %408)
	%441 = call float asm sideeffect "", "=f,0"(float %409)
	%442 = call float asm sideeffect "", "=f,0"(float %410)
	%443 = call float asm sideeffect "", "=f,0"(float %411)
	%444 = call float asm sideeffect "", "=f,0"(float %412)
	%445 = call float asm sideeffect "", "=f,0"(float %413)
	%446 = call float asm sideeffect "", "=f,0"(float %414)
	%447 = call float asm sideeffect "", "=f,0"(float %415)
	%448 = call float asm sideeffect "", "=f,0"(float %416)
	%449 = mul i32 %4, 16
	%450 = add i32 %13, %449
	%451 = add i32 %6, 0
	%452 = add i32 %450, %451
	%453 = mul i32 %4, 16
	%454 = add i32 %13, %453
	%455 = add i32 %6, 8
	%456 = add i32 %454, %455
	%457 = sitofp i32 %11 to float
	%458 = icmp sge i32 %159, %NK
	br i1 %458, label %meankeys, label %classify

epilogue:
	%459 = phi float [ 0.0, %entry ], [ %1359, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1434, %pv ]
	%461 = phi i32 [ 0, %entry ], [ %1435, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1703, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1704, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1705, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1706, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1707, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1708, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1709, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1710, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1711, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1712, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1713, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1714, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1715, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1716, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1717, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1718, %pv ]
	%478 = phi float [ 0.0, %entry ], [ %1719, %pv ]
	%479 = phi float [ 0.0, %entry ], [ %1720, %pv ]
	%480 = phi float [ 0.0, %entry ], [ %1721, %pv ]
	%481 = phi float [ 0.0, %entry ], [ %1722, %pv ]
	%482 = phi float [ 0.0, %entry ], [ %1723, %pv ]
	%483 = phi float [ 0.0, %entry ], [ %1724, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1725, %pv ]
	%485 = phi float [ 0.0, %entry ], [ %1726, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1727, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1728, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1729, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1730, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1731, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1732, %pv ]
	%492 = phi float [ 0.0, %entry ], [ %1733, %pv ]
	%493 = phi float [ 0.0, %entry ], [ %1734, %pv ]
	%494 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %459, i32 1, i32 31)
	%495 = fadd float %459, %494
	%496 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 2, i32 31)
	%497 = fadd float %495, %496
	%498 = fcmp ogt float %497, 0.0
	%499 = fdiv float 1.0, %497
	%500 = select i1 %498, float %499, float 0.0
	%501 = mul i32 %4, 16
	%502 = add i32 %13, %501
	%503 = add i32 %6, 0
	%504 = add i32 %502, %503
	%505 = fmul float %462, %500
	%506 = fmul float %463, %500
	%507 = fmul float %466, %500
	%508 = fmul float %467, %500
	%509 = fmul float %470, %500
	%510 = fmul float %471, %500
	%511 = fmul float %474, %500
	%512 = fmul float %475, %500
	%513 = fmul float %478, %500
	%514 = fmul float %479, %500
	%515 = fmul float %482, %500
	%516 = fmul float %483, %500
	%517 = fmul float %486, %500
	%518 = fmul float %487, %500
	%519 = fmul float %490, %500
	%520 = fmul float %491, %500
	%521 = icmp slt i32 %504, %M
	br i1 %521, label %store0, label %stored0

meankeys:
	%522 = sub i32 %NK, 1
	%523 = mul i32 %522, 64
	%524 = sub i32 %N, %523
	%525 = sitofp i32 %524 to float
	%526 = call float @llvm.nvvm.lg2.approx.ftz.f(float %525)
	%527 = fmul float %526, 0x40162E4300000000
	%528 = shl i32 %7, 1
	%529 = add i32 0, %528
	%530 = add i32 %196, %529
	%531 = mul i32 %NK, 64
	%532 = sub i32 %530, %531
	%533 = icmp ult i32 %532, %NK
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %45, %534
	%536 = sext i32 %535 to i64
	%537 = getelementptr i8, i8* %comp, i64 %536
	%538 = load i8, i8* %537
	%539 = icmp ne i8 %538, 0
	%540 = and i1 %533, %539
	%541 = fmul float 6.0, 0x40162E4300000000
	%542 = add i32 %532, 1
	%543 = icmp eq i32 %542, %NK
	%544 = select i1 %543, float %527, float %541
	%545 = fadd float %417, %544
	%546 = select i1 %540, float %545, float 0xFFF0000000000000
	%547 = shl i32 %7, 1
	%548 = add i32 1, %547
	%549 = add i32 %196, %548
	%550 = mul i32 %NK, 64
	%551 = sub i32 %549, %550
	%552 = icmp ult i32 %551, %NK
	%553 = select i1 %552, i32 %551, i32 0
	%554 = add i32 %45, %553
	%555 = sext i32 %554 to i64
	%556 = getelementptr i8, i8* %comp, i64 %555
	%557 = load i8, i8* %556
	%558 = icmp ne i8 %557, 0
	%559 = and i1 %552, %558
	%560 = fmul float 6.0, 0x40162E4300000000
	%561 = add i32 %551, 1
	%562 = icmp eq i32 %561, %NK
	%563 = select i1 %562, float %527, float %560
	%564 = fadd float %418, %563
	%565 = select i1 %559, float %564, float 0xFFF0000000000000
	%566 = fadd float %419, %544
	%567 = select i1 %540, float %566, float 0xFFF0000000000000
	%568 = fadd float %420, %563
	%569 = select i1 %559, float %568, float 0xFFF0000000000000
	%570 = shl i32 %7, 1
	%571 = add i32 8, %570
	%572 = add i32 %196, %571
	%573 = mul i32 %NK, 64
	%574 = sub i32 %572, %573
	%575 = icmp ult i32 %574, %NK
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %45, %576
	%578 = sext i32 %577 to i64
	%579 = getelementptr i8, i8* %comp, i64 %578
	%580 = load i8, i8* %579
	%581 = icmp ne i8 %580, 0
	%582 = and i1 %575, %581
	%583 = fmul float 6.0, 0x40162E4300000000
	%584 = add i32 %574, 1
	%585 = icmp eq i32 %584, %NK
	%586 = select i1 %585, float %527, float %583
	%587 = fadd float %421, %586
	%588 = select i1 %582, float %587, float 0xFFF0000000000000
	%589 = shl i32 %7, 1
	%590 = add i32 9, %589
	%591 = add i32 %196, %590
	%592 = mul i32 %NK, 64
	%593 = sub i32 %591, %592
	%594 = icmp ult i32 %593, %NK
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 %45, %595
	%597 = sext i32 %596 to i64
	%598 = getelementptr i8, i8* %comp, i64 %597
	%599 = load i8, i8* %598
	%600 = icmp ne i8 %599, 0
	%601 = and i1 %594, %600
	%602 = fmul float 6.0, 0x40162E4300000000
	%603 = add i32 %593, 1
	%604 = icmp eq i32 %603, %NK
	%605 = select i1 %604, float %527, float %602
	%606 = fadd float %422, %605
	%607 = select i1 %601, float %606, float 0xFFF0000000000000
	%608 = fadd float %423, %586
	%609 = select i1 %582, float %608, float 0xFFF0000000000000
	%610 = fadd float %424, %605
	%611 = select i1 %601, float %610, float 0xFFF0000000000000
	%612 = shl i32 %7, 1
	%613 = add i32 16, %612
	%614 = add i32 %196, %613
	%615 = mul i32 %NK, 64
	%616 = sub i32 %614, %615
	%617 = icmp ult i32 %616, %NK
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %45, %618
	%620 = sext i32 %619 to i64
	%621 = getelementptr i8, i8* %comp, i64 %620
	%622 = load i8, i8* %621
	%623 = icmp ne i8 %622, 0
	%624 = and i1 %617, %623
	%625 = fmul float 6.0, 0x40162E4300000000
	%626 = add i32 %616, 1
	%627 = icmp eq i32 %626, %NK
	%628 = select i1 %627, float %527, float %625
	%629 = fadd float %425, %628
	%630 = select i1 %624, float %629, float 0xFFF0000000000000
	%631 = shl i32 %7, 1
	%632 = add i32 17, %631
	%633 = add i32 %196, %632
	%634 = mul i32 %NK, 64
	%635 = sub i32 %633, %634
	%636 = icmp ult i32 %635, %NK
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %45, %637
	%639 = sext i32 %638 to i64
	%640 = getelementptr i8, i8* %comp, i64 %639
	%641 = load i8, i8* %640
	%642 = icmp ne i8 %641, 0
	%643 = and i1 %636, %642
	%644 = fmul float 6.0, 0x40162E4300000000
	%645 = add i32 %635, 1
	%646 = icmp eq i32 %645, %NK
	%647 = select i1 %646, float %527, float %644
	%648 = fadd float %426, %647
	%649 = select i1 %643, float %648, float 0xFFF0000000000000
	%650 = fadd float %427, %628
	%651 = select i1 %624, float %650, float 0xFFF0000000000000
	%652 = fadd float %428, %647
	%653 = select i1 %643, float %652, float 0xFFF0000000000000
	%654 = shl i32 %7, 1
	%655 = add i32 24, %654
	%656 = add i32 %196, %655
	%657 = mul i32 %NK, 64
	%658 = sub i32 %656, %657
	%659 = icmp ult i32 %658, %NK
	%660 = select i1 %659, i32 %658, i32 0
	%661 = add i32 %45, %660
	%662 = sext i32 %661 to i64
	%663 = getelementptr i8, i8* %comp, i64 %662
	%664 = load i8, i8* %663
	%665 = icmp ne i8 %664, 0
	%666 = and i1 %659, %665
	%667 = fmul float 6.0, 0x40162E4300000000
	%668 = add i32 %658, 1
	%669 = icmp eq i32 %668, %NK
	%670 = select i1 %669, float %527, float %667
	%671 = fadd float %429, %670
	%672 = select i1 %666, float %671, float 0xFFF0000000000000
	%673 = shl i32 %7, 1
	%674 = add i32 25, %673
	%675 = add i32 %196, %674
	%676 = mul i32 %NK, 64
	%677 = sub i32 %675, %676
	%678 = icmp ult i32 %677, %NK
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %45, %679
	%681 = sext i32 %680 to i64
	%682 = getelementptr i8, i8* %comp, i64 %681
	%683 = load i8, i8* %682
	%684 = icmp ne i8 %683, 0
	%685 = and i1 %678, %684
	%686 = fmul float 6.0, 0x40162E4300000000
	%687 = add i32 %677, 1
	%688 = icmp eq i32 %687, %NK
	%689 = select i1 %688, float %527, float %686
	%690 = fadd float %430, %689
	%691 = select i1 %685, float %690, float 0xFFF0000000000000
	%692 = fadd float %431, %670
	%693 = select i1 %666, float %692, float 0xFFF0000000000000
	%694 = fadd float %432, %689
	%695 = select i1 %685, float %694, float 0xFFF0000000000000
	%696 = shl i32 %7, 1
	%697 = add i32 32, %696
	%698 = add i32 %196, %697
	%699 = mul i32 %NK, 64
	%700 = sub i32 %698, %699
	%701 = icmp ult i32 %700, %NK
	%702 = select i1 %701, i32 %700, i32 0
	%703 = add i32 %45, %702
	%704 = sext i32 %703 to i64
	%705 = getelementptr i8, i8* %comp, i64 %704
	%706 = load i8, i8* %705
	%707 = icmp ne i8 %706, 0
	%708 = and i1 %701, %707
	%709 = fmul float 6.0, 0x40162E4300000000
	%710 = add i32 %700, 1
	%711 = icmp eq i32 %710, %NK
	%712 = select i1 %711, float %527, float %709
	%713 = fadd float %433, %712
	%714 = select i1 %708, float %713, float 0xFFF0000000000000
	%715 = shl i32 %7, 1
	%716 = add i32 33, %715
	%717 = add i32 %196, %716
	%718 = mul i32 %NK, 64
	%719 = sub i32 %717, %718
	%720 = icmp ult i32 %719, %NK
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %45, %721
	%723 = sext i32 %722 to i64
	%724 = getelementptr i8, i8* %comp, i64 %723
	%725 = load i8, i8* %724
	%726 = icmp ne i8 %725, 0
	%727 = and i1 %720, %726
	%728 = fmul float 6.0, 0x40162E4300000000
	%729 = add i32 %719, 1
	%730 = icmp eq i32 %729, %NK
	%731 = select i1 %730, float %527, float %728
	%732 = fadd float %434, %731
	%733 = select i1 %727, float %732, float 0xFFF0000000000000
	%734 = fadd float %435, %712
	%735 = select i1 %708, float %734, float 0xFFF0000000000000
	%736 = fadd float %436, %731
	%737 = select i1 %727, float %736, float 0xFFF0000000000000
	%738 = shl i32 %7, 1
	%739 = add i32 40, %738
	%740 = add i32 %196, %739
	%741 = mul i32 %NK, 64
	%742 = sub i32 %740, %741
	%743 = icmp ult i32 %742, %NK
	%744 = select i1 %743, i32 %742, i32 0
	%745 = add i32 %45, %744
	%746 = sext i32 %745 to i64
	%747 = getelementptr i8, i8* %comp, i64 %746
	%748 = load i8, i8* %747
	%749 = icmp ne i8 %748, 0
	%750 = and i1 %743, %749
	%751 = fmul float 6.0, 0x40162E4300000000
	%752 = add i32 %742, 1
	%753 = icmp eq i32 %752, %NK
	%754 = select i1 %753, float %527, float %751
	%755 = fadd float %437, %754
	%756 = select i1 %750, float %755, float 0xFFF0000000000000
	%757 = shl i32 %7, 1
	%758 = add i32 41, %757
	%759 = add i32 %196, %758
	%760 = mul i32 %NK, 64
	%761 = sub i32 %759, %760
	%762 = icmp ult i32 %761, %NK
	%763 = select i1 %762, i32 %761, i32 0
	%764 = add i32 %45, %763
	%765 = sext i32 %764 to i64
	%766 = getelementptr i8, i8* %comp, i64 %765
	%767 = load i8, i8* %766
	%768 = icmp ne i8 %767, 0
	%769 = and i1 %762, %768
	%770 = fmul float 6.0, 0x40162E4300000000
	%771 = add i32 %761, 1
	%772 = icmp eq i32 %771, %NK
	%773 = select i1 %772, float %527, float %770
	%774 = fadd float %438, %773
	%775 = select i1 %769, float %774, float 0xFFF0000000000000
	%776 = fadd float %439, %754
	%777 = select i1 %750, float %776, float 0xFFF0000000000000
	%778 = fadd float %440, %773
	%779 = select i1 %769, float %778, float 0xFFF0000000000000
	%780 = shl i32 %7, 1
	%781 = add i32 48, %780
	%782 = add i32 %196, %781
	%783 = mul i32 %NK, 64
	%784 = sub i32 %782, %783
	%785 = icmp ult i32 %784, %NK
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %45, %786
	%788 = sext i32 %787 to i64
	%789 = getelementptr i8, i8* %comp, i64 %788
	%790 = load i8, i8* %789
	%791 = icmp ne i8 %790, 0
	%792 = and i1 %785, %791
	%793 = fmul float 6.0, 0x40162E4300000000
	%794 = add i32 %784, 1
	%795 = icmp eq i32 %794, %NK
	%796 = select i1 %795, float %527, float %793
	%797 = fadd float %441, %796
	%798 = select i1 %792, float %797, float 0xFFF0000000000000
	%799 = shl i32 %7, 1
	%800 = add i32 49, %799
	%801 = add i32 %196, %800
	%802 = mul i32 %NK, 64
	%803 = sub i32 %801, %802
	%804 = icmp ult i32 %803, %NK
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %45, %805
	%807 = sext i32 %806 to i64
	%808 = getelementptr i8, i8* %comp, i64 %807
	%809 = load i8, i8* %808
	%810 = icmp ne i8 %809, 0
	%811 = and i1 %804, %810
	%812 = fmul float 6.0, 0x40162E4300000000
	%813 = add i32 %803, 1
	%814 = icmp eq i32 %813, %NK
	%815 = select i1 %814, float %527, float %812
	%816 = fadd float %442, %815
	%817 = select i1 %811, float %816, float 0xFFF0000000000000
	%818 = fadd float %443, %796
	%819 = select i1 %792, float %818, float 0xFFF0000000000000
	%820 = fadd float %444, %815
	%821 = select i1 %811, float %820, float 0xFFF0000000000000
	%822 = shl i32 %7, 1
	%823 = add i32 56, %822
	%824 = add i32 %196, %823
	%825 = mul i32 %NK, 64
	%826 = sub i32 %824, %825
	%827 = icmp ult i32 %826, %NK
	%828 = select i1 %827, i32 %826, i32 0
	%829 = add i32 %45, %828
	%830 = sext i32 %829 to i64
	%831 = getelementptr i8, i8* %comp, i64 %830
	%832 = load i8, i8* %831
	%833 = icmp ne i8 %832, 0
	%834 = and i1 %827, %833
	%835 = fmul float 6.0, 0x40162E4300000000
	%836 = add i32 %826, 1
	%837 = icmp eq i32 %836, %NK
	%838 = select i1 %837, float %527, float %835
	%839 = fadd float %445, %838
	%840 = select i1 %834, float %839, float 0xFFF0000000000000
	%841 = shl i32 %7, 1
	%842 = add i32 57, %841
	%843 = add i32 %196, %842
	%844 = mul i32 %NK, 64
	%845 = sub i32 %843, %844
	%846 = icmp ult i32 %845, %NK
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %45, %847
	%849 = sext i32 %848 to i64
	%850 = getelementptr i8, i8* %comp, i64 %849
	%851 = load i8, i8* %850
	%852 = icmp ne i8 %851, 0
	%853 = and i1 %846, %852
	%854 = fmul float 6.0, 0x40162E4300000000
	%855 = add i32 %845, 1
	%856 = icmp eq i32 %855, %NK
	%857 = select i1 %856, float %527, float %854
	%858 = fadd float %446, %857
	%859 = select i1 %853, float %858, float 0xFFF0000000000000
	%860 = fadd float %447, %838
	%861 = select i1 %834, float %860, float 0xFFF0000000000000
	%862 = fadd float %448, %857
	%863 = select i1 %853, float %862, float 0xFFF0000000000000
	br label %softmax

classify:
	%864 = add i32 %34, %159
	%865 = sext i32 %864 to i64
	%866 = getelementptr i8, i8* %cls, i64 %865
	%867 = load i8, i8* %866
	%868 = icmp ne i8 %867, 2
	br i1 %868, label %partial, label %softmax

partial:
	%869 = shl i32 %7, 1
	%870 = add i32 0, %869
	%871 = add i32 %196, %870
	%872 = icmp slt i32 %871, %N
	%873 = select i1 %872, i32 %871, i32 0
	%874 = sitofp i32 %452 to float
	%875 = sitofp i32 %873 to float
	%876 = fcmp ole float %875, %874
	%877 = uitofp i1 %876 to float
	%878 = fcmp une float %877, 0.0
	%879 = and i1 %872, %878
	%880 = select i1 %879, float %417, float 0xFFF0000000000000
	%881 = shl i32 %7, 1
	%882 = add i32 1, %881
	%883 = add i32 %196, %882
	%884 = icmp slt i32 %883, %N
	%885 = select i1 %884, i32 %883, i32 0
	%886 = sitofp i32 %452 to float
	%887 = sitofp i32 %885 to float
	%888 = fcmp ole float %887, %886
	%889 = uitofp i1 %888 to float
	%890 = fcmp une float %889, 0.0
	%891 = and i1 %884, %890
	%892 = select i1 %891, float %418, float 0xFFF0000000000000
	%893 = shl i32 %7, 1
	%894 = add i32 0, %893
	%895 = add i32 %196, %894
	%896 = icmp slt i32 %895, %N
	%897 = select i1 %896, i32 %895, i32 0
	%898 = sitofp i32 %456 to float
	%899 = sitofp i32 %897 to float
	%900 = fcmp ole float %899, %898
	%901 = uitofp i1 %900 to float
	%902 = fcmp une float %901, 0.0
	%903 = and i1 %896, %902
	%904 = select i1 %903, float %419, float 0xFFF0000000000000
	%905 = shl i32 %7, 1
	%906 = add i32 1, %905
	%907 = add i32 %196, %906
	%908 = icmp slt i32 %907, %N
	%909 = select i1 %908, i32 %907, i32 0
	%910 = sitofp i32 %456 to float
	%911 = sitofp i32 %909 to float
	%912 = fcmp ole float %911, %910
	%913 = uitofp i1 %912 to float
	%914 = fcmp une float %913, 0.0
	%915 = and i1 %908, %914
	%916 = select i1 %915, float %420, float 0xFFF0000000000000
	%917 = shl i32 %7, 1
	%918 = add i32 8, %917
	%919 = add i32 %196, %918
	%920 = icmp slt i32 %919, %N
	%921 = select i1 %920, i32 %919, i32 0
	%922 = sitofp i32 %452 to float
	%923 = sitofp i32 %921 to float
	%924 = fcmp ole float %923, %922
	%925 = uitofp i1 %924 to float
	%926 = fcmp une float %925, 0.0
	%927 = and i1 %920, %926
	%928 = select i1 %927, float %421, float 0xFFF0000000000000
	%929 = shl i32 %7, 1
	%930 = add i32 9, %929
	%931 = add i32 %196, %930
	%932 = icmp slt i32 %931, %N
	%933 = select i1 %932, i32 %931, i32 0
	%934 = sitofp i32 %452 to float
	%935 = sitofp i32 %933 to float
	%936 = fcmp ole float %935, %934
	%937 = uitofp i1 %936 to float
	%938 = fcmp une float %937, 0.0
	%939 = and i1 %932, %938
	%940 = select i1 %939, float %422, float 0xFFF0000000000000
	%941 = shl i32 %7, 1
	%942 = add i32 8, %941
	%943 = add i32 %196, %942
	%944 = icmp slt i32 %943, %N
	%945 = select i1 %944, i32 %943, i32 0
	%946 = sitofp i32 %456 to float
	%947 = sitofp i32 %945 to float
	%948 = fcmp ole float %947, %946
	%949 = uitofp i1 %948 to float
	%950 = fcmp une float %949, 0.0
	%951 = and i1 %944, %950
	%952 = select i1 %951, float %423, float 0xFFF0000000000000
	%953 = shl i32 %7, 1
	%954 = add i32 9, %953
	%955 = add i32 %196, %954
	%956 = icmp slt i32 %955, %N
	%957 = select i1 %956, i32 %955, i32 0
	%958 = sitofp i32 %456 to float
	%959 = sitofp i32 %957 to float
	%960 = fcmp ole float %959, %958
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = and i1 %956, %962
	%964 = select i1 %963, float %424, float 0xFFF0000000000000
	%965 = shl i32 %7, 1
	%966 = add i32 16, %965
	%967 = add i32 %196, %966
	%968 = icmp slt i32 %967, %N
	%969 = select i1 %968, i32 %967, i32 0
	%970 = sitofp i32 %452 to float
	%971 = sitofp i32 %969 to float
	%972 = fcmp ole float %971, %970
	%973 = uitofp i1 %972 to float
	%974 = fcmp une float %973, 0.0
	%975 = and i1 %968, %974
	%976 = select i1 %975, float %425, float 0xFFF0000000000000
	%977 = shl i32 %7, 1
	%978 = add i32 17, %977
	%979 = add i32 %196, %978
	%980 = icmp slt i32 %979, %N
	%981 = select i1 %980, i32 %979, i32 0
	%982 = sitofp i32 %452 to float
	%983 = sitofp i32 %981 to float
	%984 = fcmp ole float %983, %982
	%985 = uitofp i1 %984 to float
	%986 = fcmp une float %985, 0.0
	%987 = and i1 %980, %986
	%988 = select i1 %987, float %426, float 0xFFF0000000000000
	%989 = shl i32 %7, 1
	%990 = add i32 16, %989
	%991 = add i32 %196, %990
	%992 = icmp slt i32 %991, %N
	%993 = select i1 %992, i32 %991, i32 0
	%994 = sitofp i32 %456 to float
	%995 = sitofp i32 %993 to float
	%996 = fcmp ole float %995, %994
	%997 = uitofp i1 %996 to float
	%998 = fcmp une float %997, 0.0
	%999 = and i1 %992, %998
	%1000 = select i1 %999, float %427, float 0xFFF0000000000000
	%1001 = shl i32 %7, 1
	%1002 = add i32 17, %1001
	%1003 = add i32 %196, %1002
	%1004 = icmp slt i32 %1003, %N
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = sitofp i32 %456 to float
	%1007 = sitofp i32 %1005 to float
	%1008 = fcmp ole float %1007, %1006
	%1009 = uitofp i1 %1008 to float
	%1010 = fcmp une float %1009, 0.0
	%1011 = and i1 %1004, %1010
	%1012 = select i1 %1011, float %428, float 0xFFF0000000000000
	%1013 = shl i32 %7, 1
	%1014 = add i32 24, %1013
	%1015 = add i32 %196, %1014
	%1016 = icmp slt i32 %1015, %N
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = sitofp i32 %452 to float
	%1019 = sitofp i32 %1017 to float
	%1020 = fcmp ole float %1019, %1018
	%1021 = uitofp i1 %1020 to float
	%1022 = fcmp une float %1021, 0.0
	%1023 = and i1 %1016, %1022
	%1024 = select i1 %1023, float %429, float 0xFFF0000000000000
	%1025 = shl i32 %7, 1
	%1026 = add i32 25, %1025
	%1027 = add i32 %196, %1026
	%1028 = icmp slt i32 %1027, %N
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = sitofp i32 %452 to float
	%1031 = sitofp i32 %1029 to float
	%1032 = fcmp ole float %1031, %1030
	%1033 = uitofp i1 %1032 to float
	%1034 = fcmp une float %1033, 0.0
	%1035 = and i1 %1028, %1034
	%1036 = select i1 %1035, float %430, float 0xFFF0000000000000
	%1037 = shl i32 %7, 1
	%1038 = add i32 24, %1037
	%1039 = add i32 %196, %1038
	%1040 = icmp slt i32 %1039, %N
	%1041 = select i1 %1040, i32 %1039, i32 0
	%1042 = sitofp i32 %456 to float
	%1043 = sitofp i32 %1041 to float
	%1044 = fcmp ole float %1043, %1042
	%1045 = uitofp i1 %1044 to float
	%1046 = fcmp une float %1045, 0.0
	%1047 = and i1 %1040, %1046
	%1048 = select i1 %1047, float %431, float 0xFFF0000000000000
	%1049 = shl i32 %7, 1
	%1050 = add i32 25, %1049
	%1051 = add i32 %196, %1050
	%1052 = icmp slt i32 %1051, %N
	%1053 = select i1 %1052, i32 %1051, i32 0
	%1054 = sitofp i32 %456 to float
	%1055 = sitofp i32 %1053 to float
	%1056 = fcmp ole float %1055, %1054
	%1057 = uitofp i1 %1056 to float
	%1058 = fcmp une float %1057, 0.0
	%1059 = and i1 %1052, %1058
	%1060 = select i1 %1059, float %432, float 0xFFF0000000000000
	%1061 = shl i32 %7, 1
	%1062 = add i32 32, %1061
	%1063 = add i32 %196, %1062
	%1064 = icmp slt i32 %1063, %N
	%1065 = select i1 %1064, i32 %1063, i32 0
	%1066 = sitofp i32 %452 to float
	%1067 = sitofp i32 %1065 to float
	%1068 = fcmp ole float %1067, %1066
	%1069 = uitofp i1 %1068 to float
	%1070 = fcmp une float %1069, 0.0
	%1071 = and i1 %1064, %1070
	%1072 = select i1 %1071, float %433, float 0xFFF0000000000000
	%1073 = shl i32 %7, 1
	%1074 = add i32 33, %1073
	%1075 = add i32 %196, %1074
	%1076 = icmp slt i32 %1075, %N
	%1077 = select i1 %1076, i32 %1075, i32 0
	%1078 = sitofp i32 %452 to float
	%1079 = sitofp i32 %1077 to float
	%1080 = fcmp ole float %1079, %1078
	%1081 = uitofp i1 %1080 to float
	%1082 = fcmp une float %1081, 0.0
	%1083 = and i1 %1076, %1082
	%1084 = select i1 %1083, float %434, float 0xFFF0000000000000
	%1085 = shl i32 %7, 1
	%1086 = add i32 32, %1085
	%1087 = add i32 %196, %1086
	%1088 = icmp slt i32 %1087, %N
	%1089 = select i1 %1088, i32 %1087, i32 0
	%1090 = sitofp i32 %456 to float
	%1091 = sitofp i32 %1089 to float
	%1092 = fcmp ole float %1091, %1090
	%1093 = uitofp i1 %1092 to float
	%1094 = fcmp une float %1093, 0.0
	%1095 = and i1 %1088, %1094
	%1096 = select i1 %1095, float %435, float 0xFFF0000000000000
	%1097 = shl i32 %7, 1
	%1098 = add i32 33, %1097
	%1099 = add i32 %196, %1098
	%1100 = icmp slt i32 %1099, %N
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = sitofp i32 %456 to float
	%1103 = sitofp i32 %1101 to float
	%1104 = fcmp ole float %1103, %1102
	%1105 = uitofp i1 %1104 to float
	%1106 = fcmp une float %1105, 0.0
	%1107 = and i1 %1100, %1106
	%1108 = select i1 %1107, float %436, float 0xFFF0000000000000
	%1109 = shl i32 %7, 1
	%1110 = add i32 40, %1109
	%1111 = add i32 %196, %1110
	%1112 = icmp slt i32 %1111, %N
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = sitofp i32 %452 to float
	%1115 = sitofp i32 %1113 to float
	%1116 = fcmp ole float %1115, %1114
	%1117 = uitofp i1 %1116 to float
	%1118 = fcmp une float %1117, 0.0
	%1119 = and i1 %1112, %1118
	%1120 = select i1 %1119, float %437, float 0xFFF0000000000000
	%1121 = shl i32 %7, 1
	%1122 = add i32 41, %1121
	%1123 = add i32 %196, %1122
	%1124 = icmp slt i32 %1123, %N
	%1125 = select i1 %1124, i32 %1123, i32 0
	%1126 = sitofp i32 %452 to float
	%1127 = sitofp i32 %1125 to float
	%1128 = fcmp ole float %1127, %1126
	%1129 = uitofp i1 %1128 to float
	%1130 = fcmp une float %1129, 0.0
	%1131 = and i1 %1124, %1130
	%1132 = select i1 %1131, float %438, float 0xFFF0000000000000
	%1133 = shl i32 %7, 1
	%1134 = add i32 40, %1133
	%1135 = add i32 %196, %1134
	%1136 = icmp slt i32 %1135, %N
	%1137 = select i1 %1136, i32 %1135, i32 0
	%1138 = sitofp i32 %456 to float
	%1139 = sitofp i32 %1137 to float
	%1140 = fcmp ole float %1139, %1138
	%1141 = uitofp i1 %1140 to float
	%1142 = fcmp une float %1141, 0.0
	%1143 = and i1 %1136, %1142
	%1144 = select i1 %1143, float %439, float 0xFFF0000000000000
	%1145 = shl i32 %7, 1
	%1146 = add i32 41, %1145
	%1147 = add i32 %196, %1146
	%1148 = icmp slt i32 %1147, %N
	%1149 = select i1 %1148, i32 %1147, i32 0
	%1150 = sitofp i32 %456 to float
	%1151 = sitofp i32 %1149 to float
	%1152 = fcmp ole float %1151, %1150
	%1153 = uitofp i1 %1152 to float
	%1154 = fcmp une float %1153, 0.0
	%1155 = and i1 %1148, %1154
	%1156 = select i1 %1155, float %440, float 0xFFF0000000000000
	%1157 = shl i32 %7, 1
	%1158 = add i32 48, %1157
	%1159 = add i32 %196, %1158
	%1160 = icmp slt i32 %1159, %N
	%1161 = select i1 %1160, i32 %1159, i32 0
	%1162 = sitofp i32 %452 to float
	%1163 = sitofp i32 %1161 to float
	%1164 = fcmp ole float %1163, %1162
	%1165 = uitofp i1 %1164 to float
	%1166 = fcmp une float %1165, 0.0
	%1167 = and i1 %1160, %1166
	%1168 = select i1 %1167, float %441, float 0xFFF0000000000000
	%1169 = shl i32 %7, 1
	%1170 = add i32 49, %1169
	%1171 = add i32 %196, %1170
	%1172 = icmp slt i32 %1171, %N
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = sitofp i32 %452 to float
	%1175 = sitofp i32 %1173 to float
	%1176 = fcmp ole float %1175, %1174
	%1177 = uitofp i1 %1176 to float
	%1178 = fcmp une float %1177, 0.0
	%1179 = and i1 %1172, %1178
	%1180 = select i1 %1179, float %442, float 0xFFF0000000000000
	%1181 = shl i32 %7, 1
	%1182 = add i32 48, %1181
	%1183 = add i32 %196, %1182
	%1184 = icmp slt i32 %1183, %N
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = sitofp i32 %456 to float
	%1187 = sitofp i32 %1185 to float
	%1188 = fcmp ole float %1187, %1186
	%1189 = uitofp i1 %1188 to float
	%1190 = fcmp une float %1189, 0.0
	%1191 = and i1 %1184, %1190
	%1192 = select i1 %1191, float %443, float 0xFFF0000000000000
	%1193 = shl i32 %7, 1
	%1194 = add i32 49, %1193
	%1195 = add i32 %196, %1194
	%1196 = icmp slt i32 %1195, %N
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = sitofp i32 %456 to float
	%1199 = sitofp i32 %1197 to float
	%1200 = fcmp ole float %1199, %1198
	%1201 = uitofp i1 %1200 to float
	%1202 = fcmp une float %1201, 0.0
	%1203 = and i1 %1196, %1202
	%1204 = select i1 %1203, float %444, float 0xFFF0000000000000
	%1205 = shl i32 %7, 1
	%1206 = add i32 56, %1205
	%1207 = add i32 %196, %1206
	%1208 = icmp slt i32 %1207, %N
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = sitofp i32 %452 to float
	%1211 = sitofp i32 %1209 to float
	%1212 = fcmp ole float %1211, %1210
	%1213 = uitofp i1 %1212 to float
	%1214 = fcmp une float %1213, 0.0
	%1215 = and i1 %1208, %1214
	%1216 = select i1 %1215, float %445, float 0xFFF0000000000000
	%1217 = shl i32 %7, 1
	%1218 = add i32 57, %1217
	%1219 = add i32 %196, %1218
	%1220 = icmp slt i32 %1219, %N
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = sitofp i32 %452 to float
	%1223 = sitofp i32 %1221 to float
	%1224 = fcmp ole float %1223, %1222
	%1225 = uitofp i1 %1224 to float
	%1226 = fcmp une float %1225, 0.0
	%1227 = and i1 %1220, %1226
	%1228 = select i1 %1227, float %446, float 0xFFF0000000000000
	%1229 = shl i32 %7, 1
	%1230 = add i32 56, %1229
	%1231 = add i32 %196, %1230
	%1232 = icmp slt i32 %1231, %N
	%1233 = select i1 %1232, i32 %1231, i32 0
	%1234 = sitofp i32 %456 to float
	%1235 = sitofp i32 %1233 to float
	%1236 = fcmp ole float %1235, %1234
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = and i1 %1232, %1238
	%1240 = select i1 %1239, float %447, float 0xFFF0000000000000
	%1241 = shl i32 %7, 1
	%1242 = add i32 57, %1241
	%1243 = add i32 %196, %1242
	%1244 = icmp slt i32 %1243, %N
	%1245 = select i1 %1244, i32 %1243, i32 0
	%1246 = sitofp i32 %456 to float
	%1247 = sitofp i32 %1245 to float
	%1248 = fcmp ole float %1247, %1246
	%1249 = uitofp i1 %1248 to float
	%1250 = fcmp une float %1249, 0.0
	%1251 = and i1 %1244, %1250
	%1252 = select i1 %1251, float %448, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1253 = phi float [ %417, %classify ], [ %880, %partial ], [ %546, %meankeys ]
	%1254 = phi float [ %418, %classify ], [ %892, %partial ], [ %565, %meankeys ]
	%1255 = phi float [ %419, %classify ], [ %904, %partial ], [ %567, %meankeys ]
	%1256 = phi float [ %420, %classify ], [ %916, %partial ], [ %569, %meankeys ]
	%1257 = phi float [ %421, %classify ], [ %928, %partial ], [ %588, %meankeys ]
	%1258 = phi float [ %422, %classify ], [ %940, %partial ], [ %607, %meankeys ]
	%1259 = phi float [ %423, %classify ], [ %952, %partial ], [ %609, %meankeys ]
	%1260 = phi float [ %424, %classify ], [ %964, %partial ], [ %611, %meankeys ]
	%1261 = phi float [ %425, %classify ], [ %976, %partial ], [ %630, %meankeys ]
	%1262 = phi float [ %426, %classify ], [ %988, %partial ], [ %649, %meankeys ]
	%1263 = phi float [ %427, %classify ], [ %1000, %partial ], [ %651, %meankeys ]
	%1264 = phi float [ %428, %classify ], [ %1012, %partial ], [ %653, %meankeys ]
	%1265 = phi float [ %429, %classify ], [ %1024, %partial ], [ %672, %meankeys ]
	%1266 = phi float [ %430, %classify ], [ %1036, %partial ], [ %691, %meankeys ]
	%1267 = phi float [ %431, %classify ], [ %1048, %partial ], [ %693, %meankeys ]
	%1268 = phi float [ %432, %classify ], [ %1060, %partial ], [ %695, %meankeys ]
	%1269 = phi float [ %433, %classify ], [ %1072, %partial ], [ %714, %meankeys ]
	%1270 = phi float [ %434, %classify ], [ %1084, %partial ], [ %733, %meankeys ]
	%1271 = phi float [ %435, %classify ], [ %1096, %partial ], [ %735, %meankeys ]
	%1272 = phi float [ %436, %classify ], [ %1108, %partial ], [ %737, %meankeys ]
	%1273 = phi float [ %437, %classify ], [ %1120, %partial ], [ %756, %meankeys ]
	%1274 = phi float [ %438, %classify ], [ %1132, %partial ], [ %775, %meankeys ]
	%1275 = phi float [ %439, %classify ], [ %1144, %partial ], [ %777, %meankeys ]
	%1276 = phi float [ %440, %classify ], [ %1156, %partial ], [ %779, %meankeys ]
	%1277 = phi float [ %441, %classify ], [ %1168, %partial ], [ %798, %meankeys ]
	%1278 = phi float [ %442, %classify ], [ %1180, %partial ], [ %817, %meankeys ]
	%1279 = phi float [ %443, %classify ], [ %1192, %partial ], [ %819, %meankeys ]
	%1280 = phi float [ %444, %classify ], [ %1204, %partial ], [ %821, %meankeys ]
	%1281 = phi float [ %445, %classify ], [ %1216, %partial ], [ %840, %meankeys ]
	%1282 = phi float [ %446, %classify ], [ %1228, %partial ], [ %859, %meankeys ]
	%1283 = phi float [ %447, %classify ], [ %1240, %partial ], [ %861, %meankeys ]
	%1284 = phi float [ %448, %classify ], [ %1252, %partial ], [ %863, %meankeys ]
	%1285 = call float @llvm.nvvm.fmax.f(float %1253, float %1254)
	%1286 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1287 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1288 = call float @llvm.nvvm.fmax.f(float %1265, float %1266)
	%1289 = call float @llvm.nvvm.fmax.f(float %1269, float %1270)
	%1290 = call float @llvm.nvvm.fmax.f(float %1273, float %1274)
	%1291 = call float @llvm.nvvm.fmax.f(float %1277, float %1278)
	%1292 = call float @llvm.nvvm.fmax.f(float %1281, float %1282)
	%1293 = call float @llvm.nvvm.fmax.f(float %1285, float %1286)
	%1294 = call float @llvm.nvvm.fmax.f(float %1287, float %1288)
	%1295 = call float @llvm.nvvm.fmax.f(float %1289, float %1290)
	%1296 = call float @llvm.nvvm.fmax.f(float %1291, float %1292)
	%1297 = call float @llvm.nvvm.fmax.f(float %1293, float %1294)
	%1298 = call float @llvm.nvvm.fmax.f(float %1295, float %1296)
	%1299 = call float @llvm.nvvm.fmax.f(float %1297, float %1298)
	%1300 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1299, i32 1, i32 31)
	%1301 = call float @llvm.nvvm.fmax.f(float %1299, float %1300)
	%1302 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1301, i32 2, i32 31)
	%1303 = call float @llvm.nvvm.fmax.f(float %1301, float %1302)
	%1304 = fmul float %1303, 0x3FC7154760000000
	%1305 = call float @llvm.nvvm.fmax.f(float %192, float %1304)
	%1306 = fcmp oeq float %1305, 0xFFF0000000000000
	%1307 = select i1 %1306, float 0.0, float %1305
	%1308 = fsub float %192, %1307
	%1309 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1308)
	%1310 = fneg float %1307
	%1311 = call float @llvm.fma.f32(float %1253, float 0x3FC7154760000000, float %1310)
	%1312 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1311)
	%1313 = call float @llvm.fma.f32(float %1254, float 0x3FC7154760000000, float %1310)
	%1314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1313)
	%1315 = call float @llvm.fma.f32(float %1257, float 0x3FC7154760000000, float %1310)
	%1316 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1315)
	%1317 = call float @llvm.fma.f32(float %1258, float 0x3FC7154760000000, float %1310)
	%1318 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1317)
	%1319 = call float @llvm.fma.f32(float %1261, float 0x3FC7154760000000, float %1310)
	%1320 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1319)
	%1321 = call float @llvm.fma.f32(float %1262, float 0x3FC7154760000000, float %1310)
	%1322 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1321)
	%1323 = call float @llvm.fma.f32(float %1265, float 0x3FC7154760000000, float %1310)
	%1324 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1323)
	%1325 = call float @llvm.fma.f32(float %1266, float 0x3FC7154760000000, float %1310)
	%1326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1325)
	%1327 = call float @llvm.fma.f32(float %1269, float 0x3FC7154760000000, float %1310)
	%1328 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1327)
	%1329 = call float @llvm.fma.f32(float %1270, float 0x3FC7154760000000, float %1310)
	%1330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1329)
	%1331 = call float @llvm.fma.f32(float %1273, float 0x3FC7154760000000, float %1310)
	%1332 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1331)
	%1333 = call float @llvm.fma.f32(float %1274, float 0x3FC7154760000000, float %1310)
	%1334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1333)
	%1335 = call float @llvm.fma.f32(float %1277, float 0x3FC7154760000000, float %1310)
	%1336 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1335)
	%1337 = call float @llvm.fma.f32(float %1278, float 0x3FC7154760000000, float %1310)
	%1338 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1337)
	%1339 = call float @llvm.fma.f32(float %1281, float 0x3FC7154760000000, float %1310)
	%1340 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1339)
	%1341 = call float @llvm.fma.f32(float %1282, float 0x3FC7154760000000, float %1310)
	%1342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1341)
	%1343 = fadd float %1312, %1314
	%1344 = fadd float %1316, %1318
	%1345 = fadd float %1320, %1322
	%1346 = fadd float %1324, %1326
	%1347 = fadd float %1328, %1330
	%1348 = fadd float %1332, %1334
	%1349 = fadd float %1336, %1338
	%1350 = fadd float %1340, %1342
	%1351 = fadd float %1343, %1344
	%1352 = fadd float %1345, %1346
	%1353 = fadd float %1347, %1348
	%1354 = fadd float %1349, %1350
	%1355 = fadd float %1351, %1352
	%1356 = fadd float %1353, %1354
	%1357 = fadd float %1355, %1356
	%1358 = fmul float %193, %1309
	%1359 = fadd float %1358, %1357
	%1360 = call float @llvm.nvvm.fmax.f(float %1255, float %1256)
	%1361 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1362 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1363 = call float @llvm.nvvm.fmax.f(float %1267, float %1268)
	%1364 = call float @llvm.nvvm.fmax.f(float %1271, float %1272)
	%1365 = call float @llvm.nvvm.fmax.f(float %1275, float %1276)
	%1366 = call float @llvm.nvvm.fmax.f(float %1279, float %1280)
	%1367 = call float @llvm.nvvm.fmax.f(float %1283, float %1284)
	%1368 = call float @llvm.nvvm.fmax.f(float %1360, float %1361)
	%1369 = call float @llvm.nvvm.fmax.f(float %1362, float %1363)
	%1370 = call float @llvm.nvvm.fmax.f(float %1364, float %1365)
	%1371 = call float @llvm.nvvm.fmax.f(float %1366, float %1367)
	%1372 = call float @llvm.nvvm.fmax.f(float %1368, float %1369)
	%1373 = call float @llvm.nvvm.fmax.f(float %1370, float %1371)
	%1374 = call float @llvm.nvvm.fmax.f(float %1372, float %1373)
	%1375 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1374, i32 1, i32 31)
	%1376 = call float @llvm.nvvm.fmax.f(float %1374, float %1375)
	%1377 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1376, i32 2, i32 31)
	%1378 = call float @llvm.nvvm.fmax.f(float %1376, float %1377)
	%1379 = fmul float %1378, 0x3FC7154760000000
	%1380 = call float @llvm.nvvm.fmax.f(float %194, float %1379)
	%1381 = fcmp oeq float %1380, 0xFFF0000000000000
	%1382 = select i1 %1381, float 0.0, float %1380
	%1383 = fsub float %194, %1382
	%1384 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1383)
	%1385 = fneg float %1382
	%1386 = call float @llvm.fma.f32(float %1255, float 0x3FC7154760000000, float %1385)
	%1387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1386)
	%1388 = call float @llvm.fma.f32(float %1256, float 0x3FC7154760000000, float %1385)
	%1389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1388)
	%1390 = call float @llvm.fma.f32(float %1259, float 0x3FC7154760000000, float %1385)
	%1391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1390)
	%1392 = call float @llvm.fma.f32(float %1260, float 0x3FC7154760000000, float %1385)
	%1393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1392)
	%1394 = call float @llvm.fma.f32(float %1263, float 0x3FC7154760000000, float %1385)
	%1395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1394)
	%1396 = call float @llvm.fma.f32(float %1264, float 0x3FC7154760000000, float %1385)
	%1397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1396)
	%1398 = call float @llvm.fma.f32(float %1267, float 0x3FC7154760000000, float %1385)
	%1399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1398)
	%1400 = call float @llvm.fma.f32(float %1268, float 0x3FC7154760000000, float %1385)
	%1401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1400)
	%1402 = call float @llvm.fma.f32(float %1271, float 0x3FC7154760000000, float %1385)
	%1403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1402)
	%1404 = call float @llvm.fma.f32(float %1272, float 0x3FC7154760000000, float %1385)
	%1405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1404)
	%1406 = call float @llvm.fma.f32(float %1275, float 0x3FC7154760000000, float %1385)
	%1407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1406)
	%1408 = call float @llvm.fma.f32(float %1276, float 0x3FC7154760000000, float %1385)
	%1409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1408)
	%1410 = call float @llvm.fma.f32(float %1279, float 0x3FC7154760000000, float %1385)
	%1411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1410)
	%1412 = call float @llvm.fma.f32(float %1280, float 0x3FC7154760000000, float %1385)
	%1413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1412)
	%1414 = call float @llvm.fma.f32(float %1283, float 0x3FC7154760000000, float %1385)
	%1415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1414)
	%1416 = call float @llvm.fma.f32(float %1284, float 0x3FC7154760000000, float %1385)
	%1417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1416)
	%1418 = fadd float %1387, %1389
	%1419 = fadd float %1391, %1393
	%1420 = fadd float %1395, %1397
	%1421 = fadd float %1399, %1401
	%1422 = fadd float %1403, %1405
	%1423 = fadd float %1407, %1409
	%1424 = fadd float %1411, %1413
	%1425 = fadd float %1415, %1417
	%1426 = fadd float %1418, %1419
	%1427 = fadd float %1420, %1421
	%1428 = fadd float %1422, %1423
	%1429 = fadd float %1424, %1425
	%1430 = fadd float %1426, %1427
	%1431 = fadd float %1428, %1429
	%1432 = fadd float %1430, %1431
	%1433 = fmul float %195, %1384
	%1434 = fadd float %1433, %1432
	%1435 = add i32 %158, 1
	%1436 = icmp slt i32 %1435, %NK
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %30, %1437
	%1439 = sext i32 %1438 to i64
	%1440 = getelementptr i32, i32* %list, i64 %1439
	%1441 = load i32, i32* %1440
	%1442 = select i1 %1436, i32 %1441, i32 -1
	%1443 = icmp sge i32 %1442, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1443, label %prefetch, label %pv

prefetch:
	%1444 = icmp sge i32 %1442, %NK
	%1445 = select i1 %1444, i16* %38, i16* %21
	%1446 = sub i32 %1442, %NK
	%1447 = select i1 %1444, i32 %1446, i32 %1442
	%1448 = mul i32 %1447, 64
	%1449 = select i1 %1444, i32 %NK, i32 %N
	%1450 = lshr i32 %3, 3
	%1451 = and i32 %3, 7
	%1452 = lshr i32 %1451, 3
	%1453 = mul i32 %1452, u0x2000
	%1454 = and i32 %1451, 7
	%1455 = and i32 %1450, 7
	%1456 = xor i32 %1454, %1455
	%1457 = mul i32 %1450, 128
	%1458 = shl i32 %1456, 4
	%1459 = add i32 %1457, %1458
	%1460 = add i32 %1453, %1459
	%1461 = add i32 %0, %1460
	%1462 = add i32 %1448, %1450
	%1463 = mul i32 %1462, 64
	%1464 = mul i32 %1451, 8
	%1465 = add i32 %1463, %1464
	%1466 = sext i32 %1465 to i64
	%1467 = getelementptr i16, i16* %1445, i64 %1466
	%1468 = add i32 %1462, 0
	%1469 = icmp slt i32 %1468, %1449
	%1470 = getelementptr i16, i16* %1467, i64 0
	%1471 = select i1 %1469, i16* %1470, i16* %1445
	%1472 = add i32 %1461, 0
	%1473 = select i1 %1469, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1472, i16* %1471, i32 %1473)
	%1474 = add i32 %1462, 16
	%1475 = icmp slt i32 %1474, %1449
	%1476 = getelementptr i16, i16* %1467, i64 1024
	%1477 = select i1 %1475, i16* %1476, i16* %1445
	%1478 = add i32 %1461, 2048
	%1479 = select i1 %1475, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1478, i16* %1477, i32 %1479)
	%1480 = add i32 %1462, 32
	%1481 = icmp slt i32 %1480, %1449
	%1482 = getelementptr i16, i16* %1467, i64 2048
	%1483 = select i1 %1481, i16* %1482, i16* %1445
	%1484 = add i32 %1461, u0x1000
	%1485 = select i1 %1481, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1484, i16* %1483, i32 %1485)
	%1486 = add i32 %1462, 48
	%1487 = icmp slt i32 %1486, %1449
	%1488 = getelementptr i16, i16* %1467, i64 3072
	%1489 = select i1 %1487, i16* %1488, i16* %1445
	%1490 = add i32 %1461, 6144
	%1491 = select i1 %1487, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1490, i16* %1489, i32 %1491)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1492 = fmul float %160, %1309
	%1493 = fmul float %161, %1309
	%1494 = fmul float %162, %1384
	%1495 = fmul float %163, %1384
	%1496 = fmul float %164, %1309
	%1497 = fmul float %165, %1309
	%1498 = fmul float %166, %1384
	%1499 = fmul float %167, %1384
	%1500 = fmul float %168, %1309
	%1501 = fmul float %169, %1309
	%1502 = fmul float %170, %1384
	%1503 = fmul float %171, %1384
	%1504 = fmul float %172, %1309
	%1505 = fmul float %173, %1309
	%1506 = fmul float %174, %1384
	%1507 = fmul float %175, %1384
	%1508 = fmul float %176, %1309
	%1509 = fmul float %177, %1309
	%1510 = fmul float %178, %1384
	%1511 = fmul float %179, %1384
	%1512 = fmul float %180, %1309
	%1513 = fmul float %181, %1309
	%1514 = fmul float %182, %1384
	%1515 = fmul float %183, %1384
	%1516 = fmul float %184, %1309
	%1517 = fmul float %185, %1309
	%1518 = fmul float %186, %1384
	%1519 = fmul float %187, %1384
	%1520 = fmul float %188, %1309
	%1521 = fmul float %189, %1309
	%1522 = fmul float %190, %1384
	%1523 = fmul float %191, %1384
	%1524 = and i32 %5, 7
	%1525 = lshr i32 %5, 3
	%1526 = and i32 %1525, 1
	%1527 = shl i32 %1526, 3
	%1528 = add i32 %1524, %1527
	%1529 = mul i32 %1528, 128
	%1530 = add i32 %1, %1529
	%1531 = and i32 %5, 7
	%1532 = xor i32 %100, %1531
	%1533 = shl i32 %1532, 4
	%1534 = add i32 %1530, %1533
	%1535 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1314, float %1312)
	%1536 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1389, float %1387)
	%1537 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1318, float %1316)
	%1538 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1393, float %1391)
	%1539 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1322, float %1320)
	%1540 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1397, float %1395)
	%1541 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1326, float %1324)
	%1542 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1401, float %1399)
	%1543 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1330, float %1328)
	%1544 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1405, float %1403)
	%1545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1334, float %1332)
	%1546 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1409, float %1407)
	%1547 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1338, float %1336)
	%1548 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1413, float %1411)
	%1549 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1342, float %1340)
	%1550 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1417, float %1415)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1551 = add i32 %1, 0
	%1552 = zext i32 %1551 to i64
	%1553 = lshr i64 %1552, 4
	%1554 = and i64 %1553, u0x3FFF
	%1555 = or i64 %1554, u0x4000004002000000
	%1556 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, float %1499, float %1500, float %1501, float %1502, float %1503, float %1504, float %1505, float %1506, float %1507, float %1508, float %1509, float %1510, float %1511, float %1512, float %1513, float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, i32 %1535, i32 %1536, i32 %1537, i32 %1538, i64 %1555, i32 1)
	%1557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 0
	%1558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 1
	%1559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 2
	%1560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 3
	%1561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 4
	%1562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 5
	%1563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 6
	%1564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 7
	%1565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 8
	%1566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 9
	%1567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 10
	%1568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 11
	%1569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 12
	%1570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 13
	%1571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 14
	%1572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 15
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 16
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 17
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 18
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 19
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 20
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 21
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 22
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 23
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 24
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 25
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 26
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 27
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 28
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 29
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 30
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1556, 31
	%1589 = add i32 %1, 2048
	%1590 = zext i32 %1589 to i64
	%1591 = lshr i64 %1590, 4
	%1592 = and i64 %1591, u0x3FFF
	%1593 = or i64 %1592, u0x4000004002000000
	%1594 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1557, float %1558, float %1559, float %1560, float %1561, float %1562, float %1563, float %1564, float %1565, float %1566, float %1567, float %1568, float %1569, float %1570, float %1571, float %1572, float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, i32 %1539, i32 %1540, i32 %1541, i32 %1542, i64 %1593, i32 1)
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 0
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 1
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 2
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 3
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 4
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 5
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 6
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 7
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 8
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 9
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 10
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 11
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 12
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 13
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 14
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 15
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 16
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 17
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 18
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 19
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 20
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 21
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 22
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 23
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 24
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 25
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 26
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 27
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 28
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 29
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 30
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1594, 31
	%1627 = add i32 %1, u0x1000
	%1628 = zext i32 %1627 to i64
	%1629 = lshr i64 %1628, 4
	%1630 = and i64 %1629, u0x3FFF
	%1631 = or i64 %1630, u0x4000004002000000
	%1632 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1595, float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, i32 %1543, i32 %1544, i32 %1545, i32 %1546, i64 %1631, i32 1)
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 0
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 1
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 2
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 3
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 4
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 5
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 6
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 7
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 8
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 9
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 10
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 11
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 12
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 13
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 14
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 15
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 16
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 17
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 18
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 19
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 20
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 21
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 22
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 23
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 24
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 25
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 26
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 27
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 28
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 29
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 30
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1632, 31
	%1665 = add i32 %1, 6144
	%1666 = zext i32 %1665 to i64
	%1667 = lshr i64 %1666, 4
	%1668 = and i64 %1667, u0x3FFF
	%1669 = or i64 %1668, u0x4000004002000000
	%1670 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, i32 %1547, i32 %1548, i32 %1549, i32 %1550, i64 %1669, i32 1)
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 0
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 1
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 2
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 3
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 4
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 5
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 6
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 7
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 8
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 9
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 10
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 11
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 12
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 13
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 14
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 15
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 16
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 17
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 18
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 19
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 20
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 21
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 22
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 23
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 24
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 25
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 26
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 27
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 28
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 29
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 30
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1703 = call float asm sideeffect "", "=f,0"(float %1671)
	%1704 = call float asm sideeffect "", "=f,0"(float %1672)
	%1705 = call float asm sideeffect "", "=f,0"(float %1673)
	%1706 = call float asm sideeffect "", "=f,0"(float %1674)
	%1707 = call float asm sideeffect "", "=f,0"(float %1675)
	%1708 = call float asm sideeffect "", "=f,0"(float %1676)
	%1709 = call float asm sideeffect "", "=f,0"(float %1677)
	%1710 = call float asm sideeffect "", "=f,0"(float %1678)
	%1711 = call float asm sideeffect "", "=f,0"(float %1679)
	%1712 = call float asm sideeffect "", "=f,0"(float %1680)
	%1713 = call float asm sideeffect "", "=f,0"(float %1681)
	%1714 = call float asm sideeffect "", "=f,0"(float %1682)
	%1715 = call float asm sideeffect "", "=f,0"(float %1683)
	%1716 = call float asm sideeffect "", "=f,0"(float %1684)
	%1717 = call float asm sideeffect "", "=f,0"(float %1685)
	%1718 = call float asm sideeffect "", "=f,0"(float %1686)
	%1719 = call float asm sideeffect "", "=f,0"(float %1687)
	%1720 = call float asm sideeffect "", "=f,0"(float %1688)
	%1721 = call float asm sideeffect "", "=f,0"(float %1689)
	%1722 = call float asm sideeffect "", "=f,0"(float %1690)
	%1723 = call float asm sideeffect "", "=f,0"(float %1691)
	%1724 = call float asm sideeffect "", "=f,0"(float %1692)
	%1725 = call float asm sideeffect "", "=f,0"(float %1693)
	%1726 = call float asm sideeffect "", "=f,0"(float %1694)
	%1727 = call float asm sideeffect "", "=f,0"(float %1695)
	%1728 = call float asm sideeffect "", "=f,0"(float %1696)
	%1729 = call float asm sideeffect "", "=f,0"(float %1697)
	%1730 = call float asm sideeffect "", "=f,0"(float %1698)
	%1731 = call float asm sideeffect "", "=f,0"(float %1699)
	%1732 = call float asm sideeffect "", "=f,0"(float %1700)
	%1733 = call float asm sideeffect "", "=f,0"(float %1701)
	%1734 = call float asm sideeffect "", "=f,0"(float %1702)
	br i1 %1443, label %loop, label %epilogue

store0:
	%1735 = mul i32 %11, %M
	%1736 = add i32 %1735, %504
	%1737 = mul i32 %1736, 64
	%1738 = shl i32 %7, 1
	%1739 = add i32 0, %1738
	%1740 = add i32 %1737, %1739
	%1741 = sext i32 %1740 to i64
	%1742 = getelementptr i16, i16* %out, i64 %1741
	%1743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %506, float %505)
	%1744 = bitcast i16* %1742 to i32*
	store i32 %1743, i32* %1744
	%1745 = shl i32 %7, 1
	%1746 = add i32 8, %1745
	%1747 = add i32 %1737, %1746
	%1748 = sext i32 %1747 to i64
	%1749 = getelementptr i16, i16* %out, i64 %1748
	%1750 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %508, float %507)
	%1751 = bitcast i16* %1749 to i32*
	store i32 %1750, i32* %1751
	%1752 = shl i32 %7, 1
	%1753 = add i32 16, %1752
	%1754 = add i32 %1737, %1753
	%1755 = sext i32 %1754 to i64
	%1756 = getelementptr i16, i16* %out, i64 %1755
	%1757 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %510, float %509)
	%1758 = bitcast i16* %1756 to i32*
	store i32 %1757, i32* %1758
	%1759 = shl i32 %7, 1
	%1760 = add i32 24, %1759
	%1761 = add i32 %1737, %1760
	%1762 = sext i32 %1761 to i64
	%1763 = getelementptr i16, i16* %out, i64 %1762
	%1764 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %512, float %511)
	%1765 = bitcast i16* %1763 to i32*
	store i32 %1764, i32* %1765
	%1766 = shl i32 %7, 1
	%1767 = add i32 32, %1766
	%1768 = add i32 %1737, %1767
	%1769 = sext i32 %1768 to i64
	%1770 = getelementptr i16, i16* %out, i64 %1769
	%1771 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %514, float %513)
	%1772 = bitcast i16* %1770 to i32*
	store i32 %1771, i32* %1772
	%1773 = shl i32 %7, 1
	%1774 = add i32 40, %1773
	%1775 = add i32 %1737, %1774
	%1776 = sext i32 %1775 to i64
	%1777 = getelementptr i16, i16* %out, i64 %1776
	%1778 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %516, float %515)
	%1779 = bitcast i16* %1777 to i32*
	store i32 %1778, i32* %1779
	%1780 = shl i32 %7, 1
	%1781 = add i32 48, %1780
	%1782 = add i32 %1737, %1781
	%1783 = sext i32 %1782 to i64
	%1784 = getelementptr i16, i16* %out, i64 %1783
	%1785 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %518, float %517)
	%1786 = bitcast i16* %1784 to i32*
	store i32 %1785, i32* %1786
	%1787 = shl i32 %7, 1
	%1788 = add i32 56, %1787
	%1789 = add i32 %1737, %1788
	%1790 = sext i32 %1789 to i64
	%1791 = getelementptr i16, i16* %out, i64 %1790
	%1792 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %520, float %519)
	%1793 = bitcast i16* %1791 to i32*
	store i32 %1792, i32* %1793
	br label %stored0

stored0:
	%1794 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %460, i32 1, i32 31)
	%1795 = fadd float %460, %1794
	%1796 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1795, i32 2, i32 31)
	%1797 = fadd float %1795, %1796
	%1798 = fcmp ogt float %1797, 0.0
	%1799 = fdiv float 1.0, %1797
	%1800 = select i1 %1798, float %1799, float 0.0
	%1801 = mul i32 %4, 16
	%1802 = add i32 %13, %1801
	%1803 = add i32 %6, 8
	%1804 = add i32 %1802, %1803
	%1805 = fmul float %464, %1800
	%1806 = fmul float %465, %1800
	%1807 = fmul float %468, %1800
	%1808 = fmul float %469, %1800
	%1809 = fmul float %472, %1800
	%1810 = fmul float %473, %1800
	%1811 = fmul float %476, %1800
	%1812 = fmul float %477, %1800
	%1813 = fmul float %480, %1800
	%1814 = fmul float %481, %1800
	%1815 = fmul float %484, %1800
	%1816 = fmul float %485, %1800
	%1817 = fmul float %488, %1800
	%1818 = fmul float %489, %1800
	%1819 = fmul float %492, %1800
	%1820 = fmul float %493, %1800
	%1821 = icmp slt i32 %1804, %M
	br i1 %1821, label %store1, label %stored1

store1:
	%1822 = mul i32 %11, %M
	%1823 = add i32 %1822, %1804
	%1824 = mul i32 %1823, 64
	%1825 = shl i32 %7, 1
	%1826 = add i32 0, %1825
	%1827 = add i32 %1824, %1826
	%1828 = sext i32 %1827 to i64
	%1829 = getelementptr i16, i16* %out, i64 %1828
	%1830 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1806, float %1805)
	%1831 = bitcast i16* %1829 to i32*
	store i32 %1830, i32* %1831
	%1832 = shl i32 %7, 1
	%1833 = add i32 8, %1832
	%1834 = add i32 %1824, %1833
	%1835 = sext i32 %1834 to i64
	%1836 = getelementptr i16, i16* %out, i64 %1835
	%1837 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1808, float %1807)
	%1838 = bitcast i16* %1836 to i32*
	store i32 %1837, i32* %1838
	%1839 = shl i32 %7, 1
	%1840 = add i32 16, %1839
	%1841 = add i32 %1824, %1840
	%1842 = sext i32 %1841 to i64
	%1843 = getelementptr i16, i16* %out, i64 %1842
	%1844 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1810, float %1809)
	%1845 = bitcast i16* %1843 to i32*
	store i32 %1844, i32* %1845
	%1846 = shl i32 %7, 1
	%1847 = add i32 24, %1846
	%1848 = add i32 %1824, %1847
	%1849 = sext i32 %1848 to i64
	%1850 = getelementptr i16, i16* %out, i64 %1849
	%1851 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1812, float %1811)
	%1852 = bitcast i16* %1850 to i32*
	store i32 %1851, i32* %1852
	%1853 = shl i32 %7, 1
	%1854 = add i32 32, %1853
	%1855 = add i32 %1824, %1854
	%1856 = sext i32 %1855 to i64
	%1857 = getelementptr i16, i16* %out, i64 %1856
	%1858 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1814, float %1813)
	%1859 = bitcast i16* %1857 to i32*
	store i32 %1858, i32* %1859
	%1860 = shl i32 %7, 1
	%1861 = add i32 40, %1860
	%1862 = add i32 %1824, %1861
	%1863 = sext i32 %1862 to i64
	%1864 = getelementptr i16, i16* %out, i64 %1863
	%1865 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1816, float %1815)
	%1866 = bitcast i16* %1864 to i32*
	store i32 %1865, i32* %1866
	%1867 = shl i32 %7, 1
	%1868 = add i32 48, %1867
	%1869 = add i32 %1824, %1868
	%1870 = sext i32 %1869 to i64
	%1871 = getelementptr i16, i16* %out, i64 %1870
	%1872 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1817)
	%1873 = bitcast i16* %1871 to i32*
	store i32 %1872, i32* %1873
	%1874 = shl i32 %7, 1
	%1875 = add i32 56, %1874
	%1876 = add i32 %1824, %1875
	%1877 = sext i32 %1876 to i64
	%1878 = getelementptr i16, i16* %out, i64 %1877
	%1879 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1820, float %1819)
	%1880 = bitcast i16* %1878 to i32*
	store i32 %1879, i32* %1880
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
